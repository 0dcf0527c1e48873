-- one identity's data key, wrapped again; unchanged if it was purged or rewrapped meanwhile
UPDATE trustbox_appellant_identity SET key_id = :keyId, wrapped_key = :wrappedKey
WHERE school_id = :school AND act_year = :actYear AND act_seq = :actSeq AND line_no = :line AND key_id = :oldKeyId
