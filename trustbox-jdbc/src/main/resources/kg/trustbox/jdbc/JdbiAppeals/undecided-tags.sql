SELECT g.appeal_id, g.tag FROM trustbox_appeal_tag g
JOIN trustbox_appeal t ON t.school_id = g.school_id AND t.appeal_id = g.appeal_id
WHERE t.school_id = :school AND t.decided_at_ns IS NULL
ORDER BY g.appeal_id, g.ord
