-- The roles the library keeps no record of (the director, an auditor), declared once by the host with
-- the order that appoints them (R-6.1); a read that claims such a role is checked against these rows.
CREATE TABLE trustbox_declaration (
    school_id    VARCHAR(64) NOT NULL,
    person_id    VARCHAR(64) NOT NULL,
    role         VARCHAR(20) NOT NULL,
    order_number VARCHAR(40) NOT NULL,
    order_date   DATE        NOT NULL,
    CONSTRAINT trustbox_declaration_pk PRIMARY KEY (school_id, person_id, role, order_date, order_number),
    CONSTRAINT trustbox_declaration_role_ck CHECK (role IN ('DIRECTOR', 'AUDITOR'))
);
