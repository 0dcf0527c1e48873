UPDATE trustbox_counter SET last_value = :last WHERE school_id = :school AND kind = :counter AND counter_year = :year
