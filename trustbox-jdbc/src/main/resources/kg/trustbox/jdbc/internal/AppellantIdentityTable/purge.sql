-- the name and contacts of one act line's signed appellant, with its data key (R-1.4); the line, its appeal and the chains stay
DELETE FROM trustbox_appellant_identity WHERE school_id = :school AND act_year = :act.year AND act_seq = :act.sequence AND line_no = :line
