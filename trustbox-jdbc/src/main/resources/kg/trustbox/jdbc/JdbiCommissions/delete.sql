-- the members and votes go with it (ON DELETE CASCADE)
DELETE FROM trustbox_commission WHERE school_id = :school AND order_date = :order.date AND order_number = :order.number
