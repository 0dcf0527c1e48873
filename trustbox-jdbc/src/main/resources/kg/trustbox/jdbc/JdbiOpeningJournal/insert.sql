-- bound from the JournalEntry's accessors, and its act, deviation, attendance and incidents as columns
INSERT INTO trustbox_journal_entry (school_id, seq, opened_at_ns, sealed_at_ns, present, seal_found, incidents, appeal_count,
                                    act_year, act_seq, new_seal, deviation, previous_hash, entry_hash)
VALUES (:school, :sequence, :openedAt, :sealedAt, :present, :sealFound, :incidents, :appealCount,
        :actYear, :actSeq, :newSeal, :deviation, :previousHash, :hash)
