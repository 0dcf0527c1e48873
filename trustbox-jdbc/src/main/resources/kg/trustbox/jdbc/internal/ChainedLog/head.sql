-- the recorded head of a school's chain, apart from its entries
SELECT seq, head_hash FROM trustbox_chain_head WHERE school_id = :school AND chain = :chain
