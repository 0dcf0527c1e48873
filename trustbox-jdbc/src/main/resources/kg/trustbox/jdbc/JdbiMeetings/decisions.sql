SELECT protocol_no, decision_text FROM trustbox_protocol_decision WHERE school_id = :school ORDER BY protocol_no, ord
