-- the openings' days, deviations and incident counts around a quarter
SELECT school_id, opened_at_ns, deviation, CARDINALITY(incidents) AS incident_count FROM trustbox_journal_entry
WHERE school_id = ANY(:schools) AND opened_at_ns >= :from AND opened_at_ns < :to
