-- A declaration appoints or dismisses (R-6.1): an auditor's term ends, a director leaves. Rows written
-- before are appointments.
ALTER TABLE trustbox_declaration ADD COLUMN kind VARCHAR(11) DEFAULT 'APPOINTMENT' NOT NULL;
ALTER TABLE trustbox_declaration ADD CONSTRAINT trustbox_declaration_kind_ck CHECK (kind IN ('APPOINTMENT', 'DISMISSAL'));
ALTER TABLE trustbox_declaration DROP CONSTRAINT trustbox_declaration_pk;
ALTER TABLE trustbox_declaration ADD CONSTRAINT trustbox_declaration_pk
    PRIMARY KEY (school_id, person_id, role, order_date, order_number, kind);
