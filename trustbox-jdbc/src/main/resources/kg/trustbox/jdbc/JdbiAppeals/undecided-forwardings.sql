SELECT f.appeal_id, f.body, f.letter_date, f.letter_number FROM trustbox_appeal_forwarding f
JOIN trustbox_appeal t ON t.school_id = f.school_id AND t.appeal_id = f.appeal_id
WHERE t.school_id = :school AND t.decided_at_ns IS NULL
ORDER BY f.appeal_id, f.ord
