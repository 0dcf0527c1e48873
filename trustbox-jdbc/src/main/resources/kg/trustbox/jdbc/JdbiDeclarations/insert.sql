INSERT INTO trustbox_declaration (school_id, person_id, role, order_number, order_date)
VALUES (:school, :person, :role, :order.number, :order.date)
