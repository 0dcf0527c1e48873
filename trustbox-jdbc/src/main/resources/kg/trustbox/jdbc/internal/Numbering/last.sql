-- the last number taken, read for an inspection: nothing locked
SELECT last_value FROM trustbox_counter WHERE school_id = :school AND kind = :counter AND counter_year = :year
