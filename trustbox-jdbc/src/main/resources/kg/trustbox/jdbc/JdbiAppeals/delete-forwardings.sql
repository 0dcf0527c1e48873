DELETE FROM trustbox_appeal_forwarding WHERE school_id = :school AND appeal_id = :id
