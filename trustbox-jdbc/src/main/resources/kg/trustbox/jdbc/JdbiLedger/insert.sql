-- bound from the LedgerEntry's accessors
INSERT INTO trustbox_ledger_entry (school_id, seq, at_ns, kind, record_key, digest, previous_hash, entry_hash)
VALUES (:school, :sequence, :at, :kind, :key, :digest, :previousHash, :hash)
