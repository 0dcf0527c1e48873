INSERT INTO trustbox_seal (school_id, seal_number) VALUES (:school, :seal)
