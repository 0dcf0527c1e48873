-- each order's composition in the order the orders were given and saved
SELECT order_date, order_number, responsible_person, responsible_order_number, responsible_order_date, chair, secretary, elected_on
FROM trustbox_commission WHERE school_id = :school ORDER BY order_date, saved_seq
