-- a school's receipt key wrapped anew, unless a concurrent rewrap moved it first
UPDATE trustbox_receipt_key SET key_id = :keyId, wrapped_key = :wrappedKey WHERE school_id = :school AND key_id = :oldKeyId
