-- the digests attached to some of a school's appeals (the appeal key's index)
SELECT appeal_id, digest FROM trustbox_receipt WHERE school_id = :school AND appeal_id = ANY(:ids) ORDER BY appeal_id
