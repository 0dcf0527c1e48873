-- one count per row: a figure, and its key for a figure by category, verdict, body, days or tag ('' for a plain count)
INSERT INTO trustbox_report_figure (school_id, report_year, report_quarter, period, figure, figure_key, figure_value)
VALUES (:school, :quarter.year, :quarter.quarter, :period, :figure, :key, :value)
