-- the lines of a withdrawal act, with each signed appellant's identity, if kept
SELECT t.school_id, t.act_year, t.act_seq, t.line_no, t.appellant_kind, t.note,
       i.key_id AS id_key_id, i.wrapped_key AS id_wrapped_key, i.ciphertext AS id_ciphertext
FROM trustbox_act_line t
LEFT JOIN trustbox_appellant_identity i
       ON i.school_id = t.school_id AND i.act_year = t.act_year AND i.act_seq = t.act_seq AND i.line_no = t.line_no
WHERE t.school_id = :school AND t.act_year = :act.year AND t.act_seq = :act.sequence
ORDER BY t.line_no
