-- a signed appellant's name and contacts, the only place they are kept (R-1.4)
INSERT INTO trustbox_appellant_identity (school_id, act_year, act_seq, line_no, full_name, return_address, phone, email)
VALUES (:school, :actYear, :actSeq, :line, :fullName, :returnAddress, :phone, :email)
