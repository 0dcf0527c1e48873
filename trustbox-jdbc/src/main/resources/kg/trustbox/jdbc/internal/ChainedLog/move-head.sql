-- moves the locked head from the last entry to the one just appended
UPDATE trustbox_chain_head SET seq = :to.sequence, head_hash = :to.hash
WHERE school_id = :school AND chain = :chain AND seq = :from.sequence AND head_hash = :from.hash
