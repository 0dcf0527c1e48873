INSERT INTO trustbox_protocol (school_id, protocol_no, meeting_date, secretary, present, signatories)
VALUES (:school, :number, :date, :secretary, :present, :signatories)
