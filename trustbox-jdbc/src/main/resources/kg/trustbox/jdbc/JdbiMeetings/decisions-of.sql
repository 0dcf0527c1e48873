SELECT protocol_no, decision_text FROM trustbox_protocol_decision WHERE school_id = :school AND protocol_no = :number
ORDER BY protocol_no, ord
