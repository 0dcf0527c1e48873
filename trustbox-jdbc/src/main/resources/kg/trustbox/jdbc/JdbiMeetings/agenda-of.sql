SELECT protocol_no, kind, report_year, report_quarter, registration_number, item_text FROM trustbox_protocol_agenda
WHERE school_id = :school AND protocol_no = :number ORDER BY protocol_no, ord
