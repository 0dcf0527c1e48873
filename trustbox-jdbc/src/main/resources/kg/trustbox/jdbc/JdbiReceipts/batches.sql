-- a school's batches, by number
SELECT batch_no, issued_on, form_count FROM trustbox_receipt_batch WHERE school_id = :school ORDER BY batch_no
