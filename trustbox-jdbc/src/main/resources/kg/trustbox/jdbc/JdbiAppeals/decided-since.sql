-- the appeals a compliance check of a period can find something on: undecided, or decided since the
-- period began; two selects on V14's index (school, decided_at), since an OR of the two is a scan of
-- the school's whole register on H2
SELECT t.*, i.key_id AS id_key_id, i.wrapped_key AS id_wrapped_key, i.ciphertext AS id_ciphertext
FROM trustbox_appeal t
LEFT JOIN trustbox_appellant_identity i
       ON i.school_id = t.school_id AND i.act_year = t.act_year AND i.act_seq = t.act_seq AND i.line_no = t.line_no
WHERE t.school_id = :school AND t.withdrawn_at_ns < :before AND t.decided_at_ns IS NULL
UNION ALL
SELECT t.*, i.key_id AS id_key_id, i.wrapped_key AS id_wrapped_key, i.ciphertext AS id_ciphertext
FROM trustbox_appeal t
LEFT JOIN trustbox_appellant_identity i
       ON i.school_id = t.school_id AND i.act_year = t.act_year AND i.act_seq = t.act_seq AND i.line_no = t.line_no
WHERE t.school_id = :school AND t.withdrawn_at_ns < :before AND t.decided_at_ns >= :since
ORDER BY act_year, act_seq, line_no
