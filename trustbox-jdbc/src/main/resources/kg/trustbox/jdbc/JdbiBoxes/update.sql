-- only over the revision the box was read at
UPDATE trustbox_box SET state = :state, revision = :revision, seal_number = :sealNumber, sealed_at_ns = :sealedAt,
       opened_at_ns = :openedAt, present = :present, seal_found = :sealFound, box_damaged = :boxDamaged, seal_intact = :sealIntact,
       seal_number_read = :sealNumberRead, incidents = :incidents, deviation = :deviation, appeal_count = :appealCount,
       act_year = :actYear, act_seq = :actSeq, installed_at_ns = :installedAt
WHERE school_id = :school AND revision = :previousRevision
