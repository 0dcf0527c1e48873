INSERT INTO trustbox_protocol_decision (school_id, protocol_no, ord, decision_text) VALUES (:school, :number, :ord, :text)
