-- a school's ledger, in order
SELECT seq, at_ns, kind, record_key, digest, previous_hash, entry_hash FROM trustbox_ledger_entry WHERE school_id = :school ORDER BY seq
