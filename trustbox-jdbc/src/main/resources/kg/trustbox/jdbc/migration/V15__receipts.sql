-- trustbox schema V15: receipts for paper appeals (#19, R-3.2). No table holds a receipt code: a
-- code is kept as its keyed digest (HMAC-SHA256, 64 hex characters) under the school's receipt
-- key, which is kept wrapped by the host key key_id, so that reading these tables is not enough to
-- compute the digest of a code, nor to learn a code from a digest.
CREATE TABLE trustbox_receipt_key (
    school_id   VARCHAR(64) NOT NULL,
    key_id      VARCHAR(32) NOT NULL,
    wrapped_key BYTEA       NOT NULL,
    CONSTRAINT trustbox_receipt_key_pk PRIMARY KEY (school_id)
);

-- the batches of printed forms a school issued, and the digests of their codes
CREATE TABLE trustbox_receipt_batch (
    school_id    VARCHAR(64) NOT NULL,
    batch_no     INT         NOT NULL,
    issued_on    DATE        NOT NULL,
    form_count   INT         NOT NULL,
    CONSTRAINT trustbox_receipt_batch_pk PRIMARY KEY (school_id, batch_no),
    CONSTRAINT trustbox_receipt_batch_count_ck CHECK (form_count BETWEEN 1 AND 1000)
);

CREATE TABLE trustbox_receipt_issued (
    school_id VARCHAR(64) NOT NULL,
    digest    CHAR(64)    NOT NULL,
    batch_no  INT         NOT NULL,
    CONSTRAINT trustbox_receipt_issued_pk PRIMARY KEY (school_id, digest),
    CONSTRAINT trustbox_receipt_issued_batch_fk FOREIGN KEY (school_id, batch_no)
        REFERENCES trustbox_receipt_batch (school_id, batch_no)
);
CREATE INDEX trustbox_receipt_issued_batch_ix ON trustbox_receipt_issued (school_id, batch_no);

-- an issued digest attached to its appeal: once per digest, once per appeal
CREATE TABLE trustbox_receipt (
    school_id VARCHAR(64) NOT NULL,
    digest    CHAR(64)    NOT NULL,
    appeal_id VARCHAR(20) NOT NULL,
    CONSTRAINT trustbox_receipt_pk PRIMARY KEY (school_id, digest),
    CONSTRAINT trustbox_receipt_appeal_uq UNIQUE (school_id, appeal_id),
    CONSTRAINT trustbox_receipt_issued_fk FOREIGN KEY (school_id, digest)
        REFERENCES trustbox_receipt_issued (school_id, digest),
    CONSTRAINT trustbox_receipt_appeal_fk FOREIGN KEY (school_id, appeal_id)
        REFERENCES trustbox_appeal (school_id, appeal_id)
);

-- the outcome the commission wrote for publication, per appeal
CREATE TABLE trustbox_published_outcome (
    school_id VARCHAR(64)   NOT NULL,
    appeal_id VARCHAR(20)   NOT NULL,
    outcome   VARCHAR(2000) NOT NULL,
    CONSTRAINT trustbox_published_outcome_pk PRIMARY KEY (school_id, appeal_id),
    CONSTRAINT trustbox_published_outcome_appeal_fk FOREIGN KEY (school_id, appeal_id)
        REFERENCES trustbox_appeal (school_id, appeal_id)
);

-- lookups by school and day, counted: no row says which receipt was looked up, or when
CREATE TABLE trustbox_receipt_lookups (
    school_id  VARCHAR(64) NOT NULL,
    lookup_day DATE        NOT NULL,
    found      BIGINT      NOT NULL,
    not_found  BIGINT      NOT NULL,
    refused    BIGINT      NOT NULL,
    CONSTRAINT trustbox_receipt_lookups_pk PRIMARY KEY (school_id, lookup_day)
);
