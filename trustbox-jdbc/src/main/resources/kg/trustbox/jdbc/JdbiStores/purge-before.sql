-- the names and contacts of the signed appellants of the appeals withdrawn before a time (R-1.4)
DELETE FROM trustbox_appellant_identity i WHERE i.school_id = :school AND EXISTS (
    SELECT 1 FROM trustbox_appeal a WHERE a.school_id = i.school_id AND a.act_year = i.act_year AND a.act_seq = i.act_seq
    AND a.line_no = i.line_no AND a.withdrawn_at_ns < :before)
