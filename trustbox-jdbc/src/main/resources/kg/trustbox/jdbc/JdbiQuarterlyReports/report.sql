SELECT report_year, report_quarter, recurring_problems, prepared_by, prepared_on, discussed_at FROM trustbox_report
WHERE school_id = :school AND report_year = :quarter.year AND report_quarter = :quarter.quarter
