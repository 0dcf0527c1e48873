-- the forwardings of the appeals :ids of a school: one statement however many appeals
DELETE FROM trustbox_appeal_forwarding WHERE school_id = :school AND appeal_id = ANY(:ids)
