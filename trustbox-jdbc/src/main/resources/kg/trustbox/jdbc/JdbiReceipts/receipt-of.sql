-- the digest attached to an appeal
SELECT digest FROM trustbox_receipt WHERE school_id = :school AND appeal_id = :appeal
