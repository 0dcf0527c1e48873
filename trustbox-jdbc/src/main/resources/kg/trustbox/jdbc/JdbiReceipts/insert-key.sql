-- a school's receipt key, made once
INSERT INTO trustbox_receipt_key (school_id, key_id, wrapped_key) VALUES (:school, :keyId, :wrappedKey)
