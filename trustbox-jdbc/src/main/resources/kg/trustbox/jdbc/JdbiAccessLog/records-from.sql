-- a school's access log from a record on: a verification from a checkpoint (R-6.1)
SELECT seq, at_ns, official, appeal_id, subject, purpose, allowed, previous_hash, record_hash, appeals, withheld
FROM trustbox_access_record WHERE school_id = :school AND seq >= :from ORDER BY seq
