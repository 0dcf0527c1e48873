-- the lookups of a day
SELECT found, not_found, refused FROM trustbox_receipt_lookups WHERE school_id = :school AND lookup_day = :day
