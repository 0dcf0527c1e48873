SELECT COALESCE(MAX(saved_seq), 0) + 1 FROM trustbox_commission WHERE school_id = :school
