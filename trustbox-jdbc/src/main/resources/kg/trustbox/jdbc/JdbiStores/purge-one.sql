-- the name and contacts of one appeal's signed appellant (R-1.4); the appeal, its act line and the chains stay
DELETE FROM trustbox_appellant_identity i WHERE i.school_id = :school AND EXISTS (
    SELECT 1 FROM trustbox_appeal a WHERE a.school_id = i.school_id AND a.appeal_id = :appeal
    AND a.act_year = i.act_year AND a.act_seq = i.act_seq AND a.line_no = i.line_no)
