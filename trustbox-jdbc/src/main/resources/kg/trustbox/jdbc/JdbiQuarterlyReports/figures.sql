SELECT report_year, report_quarter, period, figure, figure_key, figure_value FROM trustbox_report_figure WHERE school_id = :school
