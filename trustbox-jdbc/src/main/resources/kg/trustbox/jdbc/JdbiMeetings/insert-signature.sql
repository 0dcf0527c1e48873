INSERT INTO trustbox_protocol_signature (school_id, protocol_no, person_id, ord, signed_on) VALUES (:school, :number, :person, :ord, :signedOn)
