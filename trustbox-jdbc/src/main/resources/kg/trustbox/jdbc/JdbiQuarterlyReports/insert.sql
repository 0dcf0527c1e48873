INSERT INTO trustbox_report (school_id, report_year, report_quarter, recurring_problems, prepared_by, prepared_on, discussed_at)
VALUES (:school, :quarter.year, :quarter.quarter, :recurringProblems, :preparedBy, :preparedOn, :discussedAt)
