-- appeals per competent body they were forwarded to, and per tag, each appeal counted once per body or tag
WITH q AS (
    SELECT t.school_id, t.appeal_id FROM trustbox_appeal t
    WHERE t.school_id = ANY(:schools) AND t.withdrawn_at_ns >= :from AND t.withdrawn_at_ns < :to)
SELECT 'F' AS kind, body AS name, COUNT(*) AS n FROM (
    SELECT DISTINCT f.school_id, f.appeal_id, f.body
    FROM trustbox_appeal_forwarding f JOIN q ON q.school_id = f.school_id AND q.appeal_id = f.appeal_id) x
GROUP BY body
UNION ALL
SELECT 'T' AS kind, tag AS name, COUNT(*) AS n FROM (
    SELECT DISTINCT g.school_id, g.appeal_id, g.tag
    FROM trustbox_appeal_tag g JOIN q ON q.school_id = g.school_id AND q.appeal_id = g.appeal_id) y
GROUP BY tag
