INSERT INTO trustbox_protocol_agenda (school_id, protocol_no, ord, kind, report_year, report_quarter, registration_number, item_text)
VALUES (:school, :number, :ord, :kind, :reportYear, :reportQuarter, :registrationNumber, :text)
