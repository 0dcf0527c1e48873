SELECT 1 FROM trustbox_appeal WHERE school_id = :school AND appeal_id = :id
