-- a school's journal from an entry on: a verification from a checkpoint (R-6.2)
SELECT seq, opened_at_ns, sealed_at_ns, present, seal_found, incidents, appeal_count, act_year, act_seq, new_seal, deviation,
       previous_hash, entry_hash
FROM trustbox_journal_entry WHERE school_id = :school AND seq >= :from ORDER BY seq
