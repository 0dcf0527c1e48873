INSERT INTO trustbox_commission_vote (school_id, order_date, order_number, post, ord, voter, candidate)
VALUES (:school, :order.date, :order.number, :post, :ord, :voter, :candidate)
