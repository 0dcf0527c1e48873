SELECT protocol_no, meeting_date, secretary, present, signatories FROM trustbox_protocol
WHERE school_id = :school ORDER BY protocol_no
