SELECT school_id, installed_at_ns FROM trustbox_box WHERE school_id = ANY(:schools)
