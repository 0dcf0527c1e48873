-- a school's openings in a period: a compliance check's (R-4.3, R-4.5), on V14's index
SELECT seq, opened_at_ns, sealed_at_ns, present, seal_found, incidents, appeal_count, act_year, act_seq, new_seal, deviation,
       previous_hash, entry_hash
FROM trustbox_journal_entry WHERE school_id = :school AND opened_at_ns >= :from AND opened_at_ns < :to ORDER BY seq
