-- the digests of a batch, sorted
SELECT digest FROM trustbox_receipt_issued WHERE school_id = :school AND batch_no = :number ORDER BY digest
