-- the figures go with it (ON DELETE CASCADE)
DELETE FROM trustbox_report WHERE school_id = :school AND report_year = :quarter.year AND report_quarter = :quarter.quarter
