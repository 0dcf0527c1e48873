SELECT school_id, order_date, elected_on FROM trustbox_commission WHERE school_id = ANY(:schools)
ORDER BY school_id, order_date, saved_seq
