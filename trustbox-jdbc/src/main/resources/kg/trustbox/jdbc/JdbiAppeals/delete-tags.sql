DELETE FROM trustbox_appeal_tag WHERE school_id = :school AND appeal_id = :id
