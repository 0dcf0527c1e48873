-- a digest attached to its appeal
INSERT INTO trustbox_receipt (school_id, digest, appeal_id) VALUES (:school, :digest, :appeal)
