-- a batch issued
INSERT INTO trustbox_receipt_batch (school_id, batch_no, issued_on, form_count) VALUES (:school, :number, :issuedOn, :count)
