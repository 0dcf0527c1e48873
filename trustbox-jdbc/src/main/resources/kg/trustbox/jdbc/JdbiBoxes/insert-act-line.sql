-- the line only says whether the appellant signed: a signed appellant's identity goes to trustbox_appellant_identity
INSERT INTO trustbox_act_line (school_id, act_year, act_seq, line_no, appellant_kind, note)
VALUES (:school, :actYear, :actSeq, :number, :appellantKind, :note)
