-- the act lines whose signed appellant is stored already
SELECT line_no FROM trustbox_appellant_identity WHERE school_id = :school AND act_year = :act.year AND act_seq = :act.sequence
