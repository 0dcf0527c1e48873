-- receipt keys wrapped by a host key other than the current one: what a rewrap moves
SELECT school_id, key_id, wrapped_key FROM trustbox_receipt_key WHERE key_id <> :current ORDER BY school_id
