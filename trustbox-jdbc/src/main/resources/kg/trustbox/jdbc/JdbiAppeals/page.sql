-- a page of the register: the appeals after a withdrawal position, on the act-line key
SELECT t.*, i.key_id AS id_key_id, i.wrapped_key AS id_wrapped_key, i.ciphertext AS id_ciphertext
FROM trustbox_appeal t
LEFT JOIN trustbox_appellant_identity i
       ON i.school_id = t.school_id AND i.act_year = t.act_year AND i.act_seq = t.act_seq AND i.line_no = t.line_no
WHERE t.school_id = :school AND (t.act_year, t.act_seq, t.line_no) > (:afterYear, :afterSeq, :afterLine)
ORDER BY t.act_year, t.act_seq, t.line_no
FETCH FIRST :size ROWS ONLY
