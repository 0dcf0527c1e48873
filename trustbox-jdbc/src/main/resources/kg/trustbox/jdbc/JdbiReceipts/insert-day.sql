-- the first lookup of a day
INSERT INTO trustbox_receipt_lookups (school_id, lookup_day, found, not_found, refused) VALUES (:school, :day, 0, 0, 0)
