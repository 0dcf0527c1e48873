-- a sealed box leaves the opening's columns NULL, an opened one the sealing's
INSERT INTO trustbox_box (school_id, state, revision, seal_number, sealed_at_ns, opened_at_ns, present, seal_found, box_damaged,
                          seal_intact, seal_number_read, incidents, deviation, appeal_count, act_year, act_seq, installed_at_ns)
VALUES (:school, :state, :revision, :sealNumber, :sealedAt, :openedAt, :present, :sealFound, :boxDamaged,
        :sealIntact, :sealNumberRead, :incidents, :deviation, :appealCount, :actYear, :actSeq, :installedAt)
