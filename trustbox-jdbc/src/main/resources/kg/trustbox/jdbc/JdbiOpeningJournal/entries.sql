SELECT seq, opened_at_ns, sealed_at_ns, present, seal_found, incidents, appeal_count, act_year, act_seq, new_seal, deviation,
       previous_hash, entry_hash
FROM trustbox_journal_entry WHERE school_id = :school ORDER BY seq
