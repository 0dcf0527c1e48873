SELECT protocol_no, meeting_date, secretary, present, signatories FROM trustbox_protocol
WHERE school_id = :school AND protocol_no = :number ORDER BY protocol_no
