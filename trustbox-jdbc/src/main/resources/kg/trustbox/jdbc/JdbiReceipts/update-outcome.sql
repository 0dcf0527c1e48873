-- an outcome published again
UPDATE trustbox_published_outcome SET outcome = :outcome WHERE school_id = :school AND appeal_id = :appeal
