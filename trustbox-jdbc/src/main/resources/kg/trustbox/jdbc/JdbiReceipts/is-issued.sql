-- whether the school issued a digest
SELECT COUNT(*) FROM trustbox_receipt_issued WHERE school_id = :school AND digest = :digest
