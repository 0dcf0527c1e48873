-- a school's declarations, oldest order first
SELECT person_id, role, order_number, order_date, kind FROM trustbox_declaration WHERE school_id = :school
ORDER BY order_date, order_number, person_id, role, kind
