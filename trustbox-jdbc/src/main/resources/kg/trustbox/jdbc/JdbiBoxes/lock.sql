-- the box, locked for the rest of the transaction: of two clerks opening one box, the second waits and sees it opened
SELECT state, revision, seal_number, sealed_at_ns, opened_at_ns, present, seal_found, box_damaged, seal_intact, seal_number_read,
       incidents, deviation, appeal_count, act_year, act_seq, installed_at_ns
FROM trustbox_box WHERE school_id = :school FOR UPDATE
