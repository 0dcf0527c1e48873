-- The ledger (R-6.2): every regulated record as the library wrote it (kind, key, digest of its content),
-- one hash chain per school, its head in trustbox_chain_head (chain 'LEDGER'). Append-only.
CREATE TABLE trustbox_ledger_entry (
    school_id     VARCHAR(64)  NOT NULL,
    seq           BIGINT       NOT NULL,
    at_ns         BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    record_key    VARCHAR(300) NOT NULL,
    digest        VARCHAR(64)  NOT NULL,
    previous_hash VARCHAR(64)  NOT NULL,
    entry_hash    VARCHAR(64)  NOT NULL,
    CONSTRAINT trustbox_ledger_entry_pk PRIMARY KEY (school_id, seq)
);

ALTER TABLE trustbox_chain_head DROP CONSTRAINT trustbox_chain_head_chain_ck;
ALTER TABLE trustbox_chain_head ADD CONSTRAINT trustbox_chain_head_chain_ck CHECK (chain IN ('JOURNAL', 'ACCESS', 'LEDGER'));
