-- an outcome published
INSERT INTO trustbox_published_outcome (school_id, appeal_id, outcome) VALUES (:school, :appeal, :outcome)
