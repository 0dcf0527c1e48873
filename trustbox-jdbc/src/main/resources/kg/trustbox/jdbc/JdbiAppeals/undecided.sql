-- the appeals that still owe a decision: the open work, on V14's index, whatever the school's history
SELECT t.*, i.key_id AS id_key_id, i.wrapped_key AS id_wrapped_key, i.ciphertext AS id_ciphertext
FROM trustbox_appeal t
LEFT JOIN trustbox_appellant_identity i
       ON i.school_id = t.school_id AND i.act_year = t.act_year AND i.act_seq = t.act_seq AND i.line_no = t.line_no
WHERE t.school_id = :school AND t.decided_at_ns IS NULL
ORDER BY t.act_year, t.act_seq, t.line_no
