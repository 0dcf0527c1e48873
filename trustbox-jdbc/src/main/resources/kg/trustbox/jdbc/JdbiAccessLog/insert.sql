-- bound from the AccessRecord's accessors; appeals and withheld only for a read of many appeals
INSERT INTO trustbox_access_record (school_id, seq, at_ns, official, appeal_id, subject, purpose, allowed, previous_hash, record_hash,
                                    appeals, withheld)
VALUES (:school, :sequence, :at, :official, :appeal, :subject, :purpose, :allowed, :previousHash, :hash, :appeals, :withheld)
