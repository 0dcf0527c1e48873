SELECT order_date, order_number, post, voter, candidate FROM trustbox_commission_vote
WHERE school_id = :school ORDER BY order_date, order_number, post, ord
