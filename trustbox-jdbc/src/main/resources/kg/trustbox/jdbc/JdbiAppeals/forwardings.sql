SELECT appeal_id, body, letter_date, letter_number FROM trustbox_appeal_forwarding WHERE school_id = :school ORDER BY appeal_id, ord
