-- every published outcome of a school
SELECT appeal_id, outcome FROM trustbox_published_outcome WHERE school_id = :school ORDER BY appeal_id
