-- the agenda, decisions and signatures go with it (ON DELETE CASCADE)
DELETE FROM trustbox_protocol WHERE school_id = :school AND protocol_no = :number
