INSERT INTO trustbox_counter (school_id, kind, counter_year, last_value) VALUES (:school, :counter, :year, 0)
