-- trustbox schema V4: a school's appeals by time of withdrawal, so that a quarter's report reads
-- the quarter's appeals only, however many years the school has kept (Appeals#withdrawn).
CREATE INDEX trustbox_appeal_withdrawn_ix ON trustbox_appeal (school_id, withdrawn_at_ns);
