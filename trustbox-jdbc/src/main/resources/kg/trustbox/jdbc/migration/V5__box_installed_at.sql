-- trustbox schema V5: when each box was installed under its first seal, so that openings are owed
-- (R-4.3) only from the day after, in the compliance check, the quarterly figures and the roll-up.
-- A box stored before this version is taken as installed at its first opening or, never opened, at
-- its current sealing: the earliest time the rows still show.
ALTER TABLE trustbox_box ADD COLUMN installed_at_ns BIGINT;
UPDATE trustbox_box SET installed_at_ns = COALESCE(
    (SELECT MIN(j.opened_at_ns) FROM trustbox_journal_entry j WHERE j.school_id = trustbox_box.school_id),
    opened_at_ns, sealed_at_ns);
ALTER TABLE trustbox_box ALTER COLUMN installed_at_ns SET NOT NULL;
