-- the last number taken, the counter row locked for the rest of the transaction: clerks taking numbers queue here
SELECT last_value FROM trustbox_counter WHERE school_id = :school AND kind = :counter AND counter_year = :year FOR UPDATE
