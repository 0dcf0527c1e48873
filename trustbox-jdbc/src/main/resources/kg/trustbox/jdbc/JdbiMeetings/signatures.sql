SELECT protocol_no, person_id, signed_on FROM trustbox_protocol_signature WHERE school_id = :school ORDER BY protocol_no, ord
