-- one more lookup of a day
UPDATE trustbox_receipt_lookups SET found = found + :found, not_found = not_found + :notFound, refused = refused + :refused
WHERE school_id = :school AND lookup_day = :day
