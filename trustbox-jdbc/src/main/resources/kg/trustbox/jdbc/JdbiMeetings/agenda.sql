SELECT protocol_no, kind, report_year, report_quarter, registration_number, item_text FROM trustbox_protocol_agenda
WHERE school_id = :school ORDER BY protocol_no, ord
