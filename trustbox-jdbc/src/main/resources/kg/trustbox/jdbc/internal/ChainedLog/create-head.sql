-- the head of an empty chain
INSERT INTO trustbox_chain_head (school_id, chain, seq, head_hash) VALUES (:school, :chain, 0, :genesis)
