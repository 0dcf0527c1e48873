INSERT INTO trustbox_appeal_tag (school_id, appeal_id, ord, tag) VALUES (:school, :id, :ord, :tag)
