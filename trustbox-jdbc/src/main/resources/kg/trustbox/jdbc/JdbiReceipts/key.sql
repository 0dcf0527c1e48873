-- a school's receipt key, wrapped by a host key
SELECT key_id, wrapped_key FROM trustbox_receipt_key WHERE school_id = :school
