INSERT INTO trustbox_act (school_id, act_year, act_seq, opened_at_ns, box_damaged, seal_intact, seal_number_read, incidents, present)
VALUES (:school, :number.year, :number.sequence, :openedAt, :inspection.boxDamaged, :inspection.sealIntact,
        :inspection.sealNumberRead, :incidents, :present)
