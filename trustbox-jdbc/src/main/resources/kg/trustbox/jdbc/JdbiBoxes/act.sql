SELECT opened_at_ns, box_damaged, seal_intact, seal_number_read, incidents, present FROM trustbox_act
WHERE school_id = :school AND act_year = :act.year AND act_seq = :act.sequence
