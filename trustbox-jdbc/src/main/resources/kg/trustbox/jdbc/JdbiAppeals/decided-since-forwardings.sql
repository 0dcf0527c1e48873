SELECT f.appeal_id, f.body, f.letter_date, f.letter_number, f.ord FROM trustbox_appeal_forwarding f
JOIN trustbox_appeal t ON t.school_id = f.school_id AND t.appeal_id = f.appeal_id
WHERE t.school_id = :school AND t.withdrawn_at_ns < :before AND t.decided_at_ns IS NULL
UNION ALL
SELECT f.appeal_id, f.body, f.letter_date, f.letter_number, f.ord FROM trustbox_appeal_forwarding f
JOIN trustbox_appeal t ON t.school_id = f.school_id AND t.appeal_id = f.appeal_id
WHERE t.school_id = :school AND t.withdrawn_at_ns < :before AND t.decided_at_ns >= :since
ORDER BY appeal_id, ord
