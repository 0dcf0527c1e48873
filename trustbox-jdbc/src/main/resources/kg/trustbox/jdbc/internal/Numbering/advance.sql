-- moves a counter on by :count; the row stays locked for the rest of the transaction, so clerks taking numbers queue here
UPDATE trustbox_counter SET last_value = last_value + :count WHERE school_id = :school AND kind = :counter AND counter_year = :year
