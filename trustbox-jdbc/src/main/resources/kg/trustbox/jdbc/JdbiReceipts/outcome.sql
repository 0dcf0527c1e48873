-- the outcome published for an appeal
SELECT outcome FROM trustbox_published_outcome WHERE school_id = :school AND appeal_id = :appeal
