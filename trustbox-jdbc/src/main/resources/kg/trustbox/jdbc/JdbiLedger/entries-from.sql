-- a school's ledger from an entry on, in order: an incremental inspection (R-6.2)
SELECT seq, at_ns, kind, record_key, digest, previous_hash, entry_hash FROM trustbox_ledger_entry
WHERE school_id = :school AND seq >= :from ORDER BY seq
