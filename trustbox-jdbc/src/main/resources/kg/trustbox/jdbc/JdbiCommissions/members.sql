SELECT order_date, order_number, person_id, full_name, member_position, member_position_ru, parent_representative
FROM trustbox_commission_member WHERE school_id = :school ORDER BY order_date, order_number, ord
