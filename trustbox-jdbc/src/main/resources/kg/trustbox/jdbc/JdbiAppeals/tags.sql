SELECT appeal_id, tag FROM trustbox_appeal_tag WHERE school_id = :school ORDER BY appeal_id, ord
