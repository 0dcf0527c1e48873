-- The quarter's appeals of the schools of one zone, grouped by days from registration to decision, each figure a
-- filtered count. Defined by the caller: offset (the zone's offset in nanoseconds) and nanosPerDay, which turn an
-- instant into the school's day number; last (the quarter's last day number); days (the calendar-day term);
-- extensionDueDay (the dialect's day number of t.extension_due); categoryCounts and verdictCounts (one count per
-- category and verdict, named c_... and v_...).
SELECT days, COUNT(*) AS received,
       COUNT(*) FILTER (WHERE decided) AS decided,
       COUNT(*) FILTER (WHERE appellant_kind = 'SIGNED') AS signed,
       COUNT(*) FILTER (WHERE appellant_kind = 'ANONYMOUS') AS anonymous,
       COUNT(*) FILTER (WHERE appeal_language = 'KYRGYZ') AS kyrgyz,
       COUNT(*) FILTER (WHERE appeal_language = 'RUSSIAN') AS russian,
       COUNT(*) FILTER (WHERE appeal_language = 'OTHER') AS other_language,
       COUNT(*) FILTER (WHERE decided AND dec_day <= due) AS on_time,
       COUNT(*) FILTER (WHERE decided AND dec_day > due) AS late,
       COUNT(*) FILTER (WHERE reg_day IS NOT NULL AND due < <last> AND (dec_day IS NULL OR dec_day > <last>)) AS overdue
       <categoryCounts>
       <verdictCounts>
FROM (SELECT x.*, CASE WHEN decided THEN dec_day - reg_day END AS days FROM (
    SELECT t.appellant_kind, t.category, t.appeal_language, t.verdict,
           ((t.registered_at_ns + <offset>) / <nanosPerDay>) AS reg_day,
           ((t.decided_at_ns + <offset>) / <nanosPerDay>) AS dec_day,
           -- Deadlines#considerationDue: the extension's date when granted while the term ran
           CASE WHEN t.extension_due IS NOT NULL
                 AND ((t.extended_at_ns + <offset>) / <nanosPerDay>) <= ((t.registered_at_ns + <offset>) / <nanosPerDay>) + <days>
                THEN <extensionDueDay>
                ELSE ((t.registered_at_ns + <offset>) / <nanosPerDay>) + <days> END AS due,
           (t.registered_at_ns IS NOT NULL AND t.verdict IS NOT NULL AND t.decided_at_ns IS NOT NULL) AS decided
    FROM trustbox_appeal t WHERE t.school_id = ANY(:schools) AND t.withdrawn_at_ns >= :from AND t.withdrawn_at_ns < :to
) x) y
GROUP BY days
