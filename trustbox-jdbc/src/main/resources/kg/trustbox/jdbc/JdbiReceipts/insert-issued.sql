-- the digest of one code of a batch
INSERT INTO trustbox_receipt_issued (school_id, digest, batch_no) VALUES (:school, :digest, :number)
