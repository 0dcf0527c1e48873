-- a director or auditor appointed or dismissed by the host, with the order (R-6.1)
INSERT INTO trustbox_declaration (school_id, person_id, role, order_number, order_date, kind)
VALUES (:school, :person, :role, :order.number, :order.date, :kind)
