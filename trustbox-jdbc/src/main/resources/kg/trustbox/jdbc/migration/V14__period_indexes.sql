-- trustbox schema V14: reads that follow the open work and the period checked, not the school's
-- whole history (#17): the undecided appeals and those decided since a day (overdue, due soon,
-- the compliance check), and the journal's openings in a period.
CREATE INDEX trustbox_appeal_decided_ix ON trustbox_appeal (school_id, decided_at_ns);
CREATE INDEX trustbox_journal_opened_ix ON trustbox_journal_entry (school_id, opened_at_ns);
