SELECT seq, at_ns, official, appeal_id, subject, purpose, allowed, previous_hash, record_hash, appeals, withheld
FROM trustbox_access_record WHERE school_id = :school ORDER BY seq
