-- the appeal a digest is attached to
SELECT appeal_id FROM trustbox_receipt WHERE school_id = :school AND digest = :digest
