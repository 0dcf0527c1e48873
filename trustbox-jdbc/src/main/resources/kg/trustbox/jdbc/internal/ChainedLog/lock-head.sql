-- the head, locked for the rest of the transaction: appenders of one school's chain queue here
SELECT seq, head_hash FROM trustbox_chain_head WHERE school_id = :school AND chain = :chain FOR UPDATE
