SELECT appeal_id FROM trustbox_appeal WHERE school_id = :school AND act_year = :act.year AND act_seq = :act.sequence
