-- a page of the register: the appeals after a withdrawal position, on the act-line key.
-- ORDER BY leads with school_id, the line key's first column: only then does H2 read the page in the
-- index's order and stop after :size rows, instead of reading and sorting all of the school's appeals.
SELECT t.*, i.key_id AS id_key_id, i.wrapped_key AS id_wrapped_key, i.ciphertext AS id_ciphertext
FROM trustbox_appeal t
LEFT JOIN trustbox_appellant_identity i
       ON i.school_id = t.school_id AND i.act_year = t.act_year AND i.act_seq = t.act_seq AND i.line_no = t.line_no
WHERE t.school_id = :school AND (t.act_year, t.act_seq, t.line_no) > (:afterYear, :afterSeq, :afterLine)
ORDER BY t.school_id, t.act_year, t.act_seq, t.line_no
FETCH FIRST :size ROWS ONLY
