-- One read of many appeals (the authors of an act's lines) is one access record (R-6.1): the appeals it
-- names and those withheld from the reader, as arrays. NULL in both for a read of one appeal, which
-- appeal_id and allowed describe as before; appeal_id keeps the first appeal a document names.
ALTER TABLE trustbox_access_record ADD COLUMN appeals VARCHAR(32) ARRAY;
ALTER TABLE trustbox_access_record ADD COLUMN withheld VARCHAR(32) ARRAY;
