SELECT protocol_no, person_id, signed_on FROM trustbox_protocol_signature WHERE school_id = :school AND protocol_no = :number
ORDER BY protocol_no, ord
