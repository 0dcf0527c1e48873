INSERT INTO trustbox_appeal_forwarding (school_id, appeal_id, ord, body, letter_date, letter_number)
VALUES (:school, :id, :ord, :body, :date, :letterNumber)
