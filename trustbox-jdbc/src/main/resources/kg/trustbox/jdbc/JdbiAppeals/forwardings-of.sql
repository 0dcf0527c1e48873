SELECT appeal_id, body, letter_date, letter_number FROM trustbox_appeal_forwarding
WHERE school_id = :school AND appeal_id = :id ORDER BY ord
