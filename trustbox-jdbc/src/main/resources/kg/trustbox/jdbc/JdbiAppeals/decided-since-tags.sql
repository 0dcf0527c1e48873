SELECT g.appeal_id, g.tag, g.ord FROM trustbox_appeal_tag g
JOIN trustbox_appeal t ON t.school_id = g.school_id AND t.appeal_id = g.appeal_id
WHERE t.school_id = :school AND t.withdrawn_at_ns < :before AND t.decided_at_ns IS NULL
UNION ALL
SELECT g.appeal_id, g.tag, g.ord FROM trustbox_appeal_tag g
JOIN trustbox_appeal t ON t.school_id = g.school_id AND t.appeal_id = g.appeal_id
WHERE t.school_id = :school AND t.withdrawn_at_ns < :before AND t.decided_at_ns >= :since
ORDER BY appeal_id, ord
