-- a signed appellant's name and contacts, the only place they are kept (R-1.4), encrypted (R-6.1)
INSERT INTO trustbox_appellant_identity (school_id, act_year, act_seq, line_no, key_id, wrapped_key, ciphertext)
VALUES (:school, :actYear, :actSeq, :line, :keyId, :wrappedKey, :ciphertext)
