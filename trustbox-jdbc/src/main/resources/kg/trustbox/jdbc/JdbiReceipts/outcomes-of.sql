-- the outcomes published for some of a school's appeals
SELECT appeal_id, outcome FROM trustbox_published_outcome WHERE school_id = :school AND appeal_id = ANY(:ids) ORDER BY appeal_id
