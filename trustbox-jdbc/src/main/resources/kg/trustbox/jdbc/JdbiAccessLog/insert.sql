-- bound from the AccessRecord's accessors
INSERT INTO trustbox_access_record (school_id, seq, at_ns, official, appeal_id, subject, purpose, allowed, previous_hash, record_hash)
VALUES (:school, :sequence, :at, :official, :appeal, :subject, :purpose, :allowed, :previousHash, :hash)
