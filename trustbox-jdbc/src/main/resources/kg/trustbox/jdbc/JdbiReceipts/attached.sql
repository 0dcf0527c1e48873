-- every attached digest of a school
SELECT appeal_id, digest FROM trustbox_receipt WHERE school_id = :school ORDER BY appeal_id
