-- trustbox schema, version 1.
--
-- Plain, portable SQL: runs unchanged on PostgreSQL (12 and later) and H2 2.x (in any mode), so
-- an integrator may run it with Flyway (as trustbox-jdbc does, history table
-- trustbox_schema_history), with Liquibase or by hand.
--
-- Conventions
-- * Every table is keyed by school: primary and foreign keys lead with school_id, so one school's
--   rows stay together and a distributed PostgreSQL (Citus) can shard by school_id.
-- * Instants are BIGINT nanoseconds since 1970-01-01T00:00:00Z: exact, because the hash chains
--   hash them to the nanosecond (range 1677 to 2262).
-- * Lists of person ids and sets of enum names are comma-separated text: neither can contain a comma.
-- * A signed appellant's name and contacts live only in trustbox_appellant_identity (R-1.4), so a
--   retention rule can delete them without touching the register, the acts or the chains.
--   Anonymous appeals have no row there.

-- The commission as each director's order composed it (R-5.1, R-5.2, R-5.4).
CREATE TABLE trustbox_commission (
    school_id                VARCHAR(64) NOT NULL,
    order_date               DATE        NOT NULL,
    order_number             VARCHAR(40) NOT NULL,
    saved_seq                BIGINT      NOT NULL,
    responsible_person       VARCHAR(64),
    responsible_order_number VARCHAR(40),
    responsible_order_date   DATE,
    chair                    VARCHAR(64),
    secretary                VARCHAR(64),
    elected_on               DATE,
    CONSTRAINT trustbox_commission_pk PRIMARY KEY (school_id, order_date, order_number),
    CONSTRAINT trustbox_commission_responsible_ck CHECK (
        (responsible_person IS NULL AND responsible_order_number IS NULL AND responsible_order_date IS NULL)
        OR (responsible_person IS NOT NULL AND responsible_order_number IS NOT NULL AND responsible_order_date IS NOT NULL)),
    CONSTRAINT trustbox_commission_officers_ck CHECK (
        (chair IS NULL AND secretary IS NULL AND elected_on IS NULL)
        OR (chair IS NOT NULL AND secretary IS NOT NULL AND elected_on IS NOT NULL AND chair <> secretary))
);
CREATE INDEX trustbox_commission_history_ix ON trustbox_commission (school_id, order_date, saved_seq);

CREATE TABLE trustbox_commission_member (
    school_id             VARCHAR(64)  NOT NULL,
    order_date            DATE         NOT NULL,
    order_number          VARCHAR(40)  NOT NULL,
    ord                   INT          NOT NULL,
    person_id             VARCHAR(64)  NOT NULL,
    full_name             VARCHAR(200) NOT NULL,
    member_position       VARCHAR(200) NOT NULL,
    parent_representative BOOLEAN      NOT NULL,
    CONSTRAINT trustbox_commission_member_pk PRIMARY KEY (school_id, order_date, order_number, ord),
    CONSTRAINT trustbox_commission_member_once_uk UNIQUE (school_id, order_date, order_number, person_id),
    CONSTRAINT trustbox_commission_member_commission_fk FOREIGN KEY (school_id, order_date, order_number)
        REFERENCES trustbox_commission (school_id, order_date, order_number) ON DELETE CASCADE
);

-- The open votes that elected chair and secretary (R-5.4).
CREATE TABLE trustbox_commission_vote (
    school_id    VARCHAR(64) NOT NULL,
    order_date   DATE        NOT NULL,
    order_number VARCHAR(40) NOT NULL,
    post         VARCHAR(9)  NOT NULL,
    ord          INT         NOT NULL,
    voter        VARCHAR(64) NOT NULL,
    candidate    VARCHAR(64) NOT NULL,
    CONSTRAINT trustbox_commission_vote_pk PRIMARY KEY (school_id, order_date, order_number, post, ord),
    CONSTRAINT trustbox_commission_vote_post_ck CHECK (post IN ('CHAIR', 'SECRETARY')),
    CONSTRAINT trustbox_commission_vote_commission_fk FOREIGN KEY (school_id, order_date, order_number)
        REFERENCES trustbox_commission (school_id, order_date, order_number) ON DELETE CASCADE
);

-- Every seal a school has used: a seal number is never used twice (R-4.5).
CREATE TABLE trustbox_seal (
    school_id   VARCHAR(64) NOT NULL,
    seal_number VARCHAR(40) NOT NULL,
    CONSTRAINT trustbox_seal_pk PRIMARY KEY (school_id, seal_number)
);

-- The last act and registration number taken per school and year; the row is locked while a
-- number is taken, so numbers are consecutive under concurrency (R-1.5.1, R-4.3).
CREATE TABLE trustbox_counter (
    school_id    VARCHAR(64) NOT NULL,
    kind         VARCHAR(12) NOT NULL,
    counter_year INT         NOT NULL,
    last_value   INT         NOT NULL,
    CONSTRAINT trustbox_counter_pk PRIMARY KEY (school_id, kind, counter_year),
    CONSTRAINT trustbox_counter_kind_ck CHECK (kind IN ('ACT', 'REGISTRATION')),
    CONSTRAINT trustbox_counter_value_ck CHECK (last_value >= 0)
);

-- Withdrawal acts (R-4.3, R-6.2, Appendix 2).
CREATE TABLE trustbox_act (
    school_id        VARCHAR(64)   NOT NULL,
    act_year         INT           NOT NULL,
    act_seq          INT           NOT NULL,
    opened_at_ns     BIGINT        NOT NULL,
    box_damaged      BOOLEAN       NOT NULL,
    seal_intact      BOOLEAN       NOT NULL,
    seal_number_read VARCHAR(40)   NOT NULL,
    incidents        VARCHAR(100)  NOT NULL,
    present          VARCHAR(4000) NOT NULL,
    CONSTRAINT trustbox_act_pk PRIMARY KEY (school_id, act_year, act_seq),
    CONSTRAINT trustbox_act_seq_ck CHECK (act_seq >= 1)
);

-- One line per appeal withdrawn; the appellant's identity is in trustbox_appellant_identity.
CREATE TABLE trustbox_act_line (
    school_id      VARCHAR(64)  NOT NULL,
    act_year       INT          NOT NULL,
    act_seq        INT          NOT NULL,
    line_no        INT          NOT NULL,
    appellant_kind VARCHAR(9)   NOT NULL,
    note           VARCHAR(300) NOT NULL,
    CONSTRAINT trustbox_act_line_pk PRIMARY KEY (school_id, act_year, act_seq, line_no),
    CONSTRAINT trustbox_act_line_no_ck CHECK (line_no >= 1),
    CONSTRAINT trustbox_act_line_kind_ck CHECK (appellant_kind IN ('SIGNED', 'ANONYMOUS')),
    CONSTRAINT trustbox_act_line_act_fk FOREIGN KEY (school_id, act_year, act_seq)
        REFERENCES trustbox_act (school_id, act_year, act_seq) ON DELETE CASCADE
);

-- Each school's box: sealed (seal and time) or opened (the opening in progress) (R-4.3, R-4.5).
CREATE TABLE trustbox_box (
    school_id        VARCHAR(64)   NOT NULL,
    state            VARCHAR(6)    NOT NULL,
    revision         BIGINT        NOT NULL,
    seal_number      VARCHAR(40),
    sealed_at_ns     BIGINT,
    opened_at_ns     BIGINT,
    present          VARCHAR(4000),
    seal_found       VARCHAR(40),
    box_damaged      BOOLEAN,
    seal_intact      BOOLEAN,
    seal_number_read VARCHAR(40),
    incidents        VARCHAR(100),
    deviation        VARCHAR(500),
    appeal_count     INT,
    act_year         INT,
    act_seq          INT,
    CONSTRAINT trustbox_box_pk PRIMARY KEY (school_id),
    CONSTRAINT trustbox_box_revision_ck CHECK (revision >= 0),
    CONSTRAINT trustbox_box_state_ck CHECK (
        (state = 'SEALED' AND seal_number IS NOT NULL AND sealed_at_ns IS NOT NULL AND opened_at_ns IS NULL)
        OR (state = 'OPENED' AND seal_number IS NULL AND sealed_at_ns IS NULL AND opened_at_ns IS NOT NULL
            AND present IS NOT NULL AND seal_found IS NOT NULL AND box_damaged IS NOT NULL AND seal_intact IS NOT NULL
            AND seal_number_read IS NOT NULL AND incidents IS NOT NULL AND appeal_count IS NOT NULL)),
    CONSTRAINT trustbox_box_act_ck CHECK ((act_year IS NULL AND act_seq IS NULL) OR (act_year IS NOT NULL AND act_seq IS NOT NULL)),
    CONSTRAINT trustbox_box_seal_fk FOREIGN KEY (school_id, seal_number) REFERENCES trustbox_seal (school_id, seal_number),
    CONSTRAINT trustbox_box_seal_found_fk FOREIGN KEY (school_id, seal_found) REFERENCES trustbox_seal (school_id, seal_number),
    CONSTRAINT trustbox_box_act_fk FOREIGN KEY (school_id, act_year, act_seq) REFERENCES trustbox_act (school_id, act_year, act_seq)
);

-- Appeals and their lifecycle (R-4.4, R-1.5.1, R-1.5.2). No personal data of the appellant here.
CREATE TABLE trustbox_appeal (
    school_id         VARCHAR(64)   NOT NULL,
    appeal_id         VARCHAR(20)   NOT NULL,
    act_year          INT           NOT NULL,
    act_seq           INT           NOT NULL,
    line_no           INT           NOT NULL,
    withdrawn_at_ns   BIGINT        NOT NULL,
    appellant_kind    VARCHAR(9)    NOT NULL,
    status            VARCHAR(19)   NOT NULL,
    registration_year INT,
    registration_seq  INT,
    registered_at_ns  BIGINT,
    registrar         VARCHAR(64),
    category          VARCHAR(12),
    appeal_language   VARCHAR(7),
    summary           VARCHAR(2000),
    scan              VARCHAR(500),
    assignee          VARCHAR(64),
    extended_at_ns    BIGINT,
    extension_reason  VARCHAR(500),
    extension_due     DATE,
    verdict           VARCHAR(17),
    legal_ground      VARCHAR(500),
    measures          VARCHAR(4000),
    decided_at_ns     BIGINT,
    answered_at_ns    BIGINT,
    answer_language   VARCHAR(7),
    answer_channel    VARCHAR(6),
    closed_at_ns      BIGINT,
    closure_reason    VARCHAR(10),
    revision          BIGINT        NOT NULL,
    CONSTRAINT trustbox_appeal_pk PRIMARY KEY (school_id, appeal_id),
    CONSTRAINT trustbox_appeal_line_uk UNIQUE (school_id, act_year, act_seq, line_no),
    CONSTRAINT trustbox_appeal_registration_uk UNIQUE (school_id, registration_year, registration_seq),
    CONSTRAINT trustbox_appeal_kind_ck CHECK (appellant_kind IN ('SIGNED', 'ANONYMOUS')),
    CONSTRAINT trustbox_appeal_status_ck CHECK (status IN ('WITHDRAWN', 'REGISTERED', 'UNDER_CONSIDERATION', 'FORWARDED',
        'DECIDED', 'ANSWERED', 'CLOSED')),
    CONSTRAINT trustbox_appeal_registration_ck CHECK (
        (registration_year IS NULL AND registration_seq IS NULL AND registered_at_ns IS NULL AND registrar IS NULL
            AND category IS NULL AND appeal_language IS NULL AND summary IS NULL AND scan IS NULL)
        OR (registration_year IS NOT NULL AND registration_seq >= 1 AND registered_at_ns IS NOT NULL AND registrar IS NOT NULL
            AND category IS NOT NULL AND appeal_language IS NOT NULL AND summary IS NOT NULL)),
    CONSTRAINT trustbox_appeal_extension_ck CHECK (
        (extended_at_ns IS NULL AND extension_reason IS NULL AND extension_due IS NULL)
        OR (extended_at_ns IS NOT NULL AND extension_reason IS NOT NULL AND extension_due IS NOT NULL)),
    CONSTRAINT trustbox_appeal_decision_ck CHECK (
        (verdict IS NULL AND legal_ground IS NULL AND measures IS NULL) OR (verdict IS NOT NULL AND measures IS NOT NULL)),
    CONSTRAINT trustbox_appeal_answer_ck CHECK (
        (answered_at_ns IS NULL AND answer_language IS NULL AND answer_channel IS NULL)
        OR (answered_at_ns IS NOT NULL AND answer_language IS NOT NULL AND answer_channel IS NOT NULL)),
    CONSTRAINT trustbox_appeal_closure_ck CHECK (
        (closed_at_ns IS NULL AND closure_reason IS NULL) OR (closed_at_ns IS NOT NULL AND closure_reason IS NOT NULL))
);

CREATE TABLE trustbox_appeal_forwarding (
    school_id     VARCHAR(64)  NOT NULL,
    appeal_id     VARCHAR(20)  NOT NULL,
    ord           INT          NOT NULL,
    body          VARCHAR(300) NOT NULL,
    letter_date   DATE         NOT NULL,
    letter_number VARCHAR(40)  NOT NULL,
    CONSTRAINT trustbox_appeal_forwarding_pk PRIMARY KEY (school_id, appeal_id, ord),
    CONSTRAINT trustbox_appeal_forwarding_appeal_fk FOREIGN KEY (school_id, appeal_id)
        REFERENCES trustbox_appeal (school_id, appeal_id) ON DELETE CASCADE
);

-- Recurring-problem tags (R-1.5.3).
CREATE TABLE trustbox_appeal_tag (
    school_id VARCHAR(64) NOT NULL,
    appeal_id VARCHAR(20) NOT NULL,
    ord       INT         NOT NULL,
    tag       VARCHAR(60) NOT NULL,
    CONSTRAINT trustbox_appeal_tag_pk PRIMARY KEY (school_id, appeal_id, ord),
    CONSTRAINT trustbox_appeal_tag_appeal_fk FOREIGN KEY (school_id, appeal_id)
        REFERENCES trustbox_appeal (school_id, appeal_id) ON DELETE CASCADE
);

-- Personal data apart (R-1.4): a signed appellant's name and contacts, keyed by the act line the
-- paper was withdrawn on (shared by the act line and the appeal). Deleting a row purges them:
-- the register, the act and the chains stay intact and read back with a placeholder.
CREATE TABLE trustbox_appellant_identity (
    school_id      VARCHAR(64)  NOT NULL,
    act_year       INT          NOT NULL,
    act_seq        INT          NOT NULL,
    line_no        INT          NOT NULL,
    full_name      VARCHAR(200) NOT NULL,
    return_address VARCHAR(300),
    phone          VARCHAR(40),
    email          VARCHAR(254),
    CONSTRAINT trustbox_appellant_identity_pk PRIMARY KEY (school_id, act_year, act_seq, line_no)
);

-- The opening journal (R-4.5, R-6.2): a hash chain per school; its head is in trustbox_chain_head.
CREATE TABLE trustbox_journal_entry (
    school_id     VARCHAR(64)   NOT NULL,
    seq           BIGINT        NOT NULL,
    opened_at_ns  BIGINT        NOT NULL,
    sealed_at_ns  BIGINT        NOT NULL,
    present       VARCHAR(4000) NOT NULL,
    seal_found    VARCHAR(40)   NOT NULL,
    incidents     VARCHAR(100)  NOT NULL,
    appeal_count  INT           NOT NULL,
    act_year      INT,
    act_seq       INT,
    new_seal      VARCHAR(40)   NOT NULL,
    deviation     VARCHAR(500),
    previous_hash VARCHAR(64)   NOT NULL,
    entry_hash    VARCHAR(64)   NOT NULL,
    CONSTRAINT trustbox_journal_entry_pk PRIMARY KEY (school_id, seq),
    CONSTRAINT trustbox_journal_entry_seq_ck CHECK (seq >= 1),
    CONSTRAINT trustbox_journal_entry_act_fk FOREIGN KEY (school_id, act_year, act_seq)
        REFERENCES trustbox_act (school_id, act_year, act_seq)
);

-- The access log (R-6.1): every read of an appeal, a hash chain per school.
CREATE TABLE trustbox_access_record (
    school_id     VARCHAR(64) NOT NULL,
    seq           BIGINT      NOT NULL,
    at_ns         BIGINT      NOT NULL,
    official      VARCHAR(64) NOT NULL,
    appeal_id     VARCHAR(20) NOT NULL,
    subject       VARCHAR(8)  NOT NULL,
    purpose       VARCHAR(13) NOT NULL,
    allowed       BOOLEAN     NOT NULL,
    previous_hash VARCHAR(64) NOT NULL,
    record_hash   VARCHAR(64) NOT NULL,
    CONSTRAINT trustbox_access_record_pk PRIMARY KEY (school_id, seq),
    CONSTRAINT trustbox_access_record_seq_ck CHECK (seq >= 1),
    CONSTRAINT trustbox_access_record_appeal_fk FOREIGN KEY (school_id, appeal_id)
        REFERENCES trustbox_appeal (school_id, appeal_id)
);
CREATE INDEX trustbox_access_record_appeal_ix ON trustbox_access_record (school_id, appeal_id);

-- The recorded head (last sequence and hash) of each school's journal and access log, kept apart
-- from the entries so that removing the last entries is detected too. Sequence 0 means empty.
CREATE TABLE trustbox_chain_head (
    school_id VARCHAR(64) NOT NULL,
    chain     VARCHAR(7)  NOT NULL,
    seq       BIGINT      NOT NULL,
    head_hash VARCHAR(64) NOT NULL,
    CONSTRAINT trustbox_chain_head_pk PRIMARY KEY (school_id, chain),
    CONSTRAINT trustbox_chain_head_chain_ck CHECK (chain IN ('JOURNAL', 'ACCESS')),
    CONSTRAINT trustbox_chain_head_seq_ck CHECK (seq >= 0)
);

-- Minutes of the commission's meetings (R-5.3, R-6.2), numbered per school.
CREATE TABLE trustbox_protocol (
    school_id    VARCHAR(64)   NOT NULL,
    protocol_no  INT           NOT NULL,
    meeting_date DATE          NOT NULL,
    secretary    VARCHAR(64)   NOT NULL,
    present      VARCHAR(4000) NOT NULL,
    signatories  VARCHAR(4000) NOT NULL,
    CONSTRAINT trustbox_protocol_pk PRIMARY KEY (school_id, protocol_no),
    CONSTRAINT trustbox_protocol_no_ck CHECK (protocol_no >= 1)
);

-- The agenda: one row per item, its kind and the fields of that kind.
CREATE TABLE trustbox_protocol_agenda (
    school_id           VARCHAR(64)   NOT NULL,
    protocol_no         INT           NOT NULL,
    ord                 INT           NOT NULL,
    kind                VARCHAR(18)   NOT NULL,
    report_year         INT,
    report_quarter      INT,
    registration_number VARCHAR(40),
    item_text           VARCHAR(1000),
    CONSTRAINT trustbox_protocol_agenda_pk PRIMARY KEY (school_id, protocol_no, ord),
    CONSTRAINT trustbox_protocol_agenda_kind_ck CHECK (kind IN ('OFFICERS_ELECTION', 'REPORT_DISCUSSION', 'INCIDENTS',
        'APPEAL_DISCUSSION', 'OTHER')),
    CONSTRAINT trustbox_protocol_agenda_protocol_fk FOREIGN KEY (school_id, protocol_no)
        REFERENCES trustbox_protocol (school_id, protocol_no) ON DELETE CASCADE
);

CREATE TABLE trustbox_protocol_decision (
    school_id     VARCHAR(64)   NOT NULL,
    protocol_no   INT           NOT NULL,
    ord           INT           NOT NULL,
    decision_text VARCHAR(2000) NOT NULL,
    CONSTRAINT trustbox_protocol_decision_pk PRIMARY KEY (school_id, protocol_no, ord),
    CONSTRAINT trustbox_protocol_decision_protocol_fk FOREIGN KEY (school_id, protocol_no)
        REFERENCES trustbox_protocol (school_id, protocol_no) ON DELETE CASCADE
);

-- Who signed the minutes, and when (R-5.3).
CREATE TABLE trustbox_protocol_signature (
    school_id   VARCHAR(64) NOT NULL,
    protocol_no INT         NOT NULL,
    person_id   VARCHAR(64) NOT NULL,
    ord         INT         NOT NULL,
    signed_on   DATE        NOT NULL,
    CONSTRAINT trustbox_protocol_signature_pk PRIMARY KEY (school_id, protocol_no, person_id),
    CONSTRAINT trustbox_protocol_signature_protocol_fk FOREIGN KEY (school_id, protocol_no)
        REFERENCES trustbox_protocol (school_id, protocol_no) ON DELETE CASCADE
);

-- Quarterly reports (R-5.5, R-1.5.3): figures only, no personal data.
CREATE TABLE trustbox_report (
    school_id          VARCHAR(64)   NOT NULL,
    report_year        INT           NOT NULL,
    report_quarter     INT           NOT NULL,
    recurring_problems VARCHAR(4000) NOT NULL,
    prepared_by        VARCHAR(64)   NOT NULL,
    prepared_on        DATE          NOT NULL,
    discussed_at       INT,
    CONSTRAINT trustbox_report_pk PRIMARY KEY (school_id, report_year, report_quarter),
    CONSTRAINT trustbox_report_quarter_ck CHECK (report_quarter BETWEEN 1 AND 4)
);

-- A report's figures, one count per row: period CURRENT or PREVIOUS, the figure's name and, for
-- figures broken down (by category, verdict, body, tag, days to decision), the key. Sums across
-- schools are plain GROUP BY queries.
CREATE TABLE trustbox_report_figure (
    school_id      VARCHAR(64)  NOT NULL,
    report_year    INT          NOT NULL,
    report_quarter INT          NOT NULL,
    period         VARCHAR(8)   NOT NULL,
    figure         VARCHAR(20)  NOT NULL,
    figure_key     VARCHAR(300) NOT NULL,
    figure_value   INT          NOT NULL,
    CONSTRAINT trustbox_report_figure_pk PRIMARY KEY (school_id, report_year, report_quarter, period, figure, figure_key),
    CONSTRAINT trustbox_report_figure_period_ck CHECK (period IN ('CURRENT', 'PREVIOUS')),
    CONSTRAINT trustbox_report_figure_report_fk FOREIGN KEY (school_id, report_year, report_quarter)
        REFERENCES trustbox_report (school_id, report_year, report_quarter) ON DELETE CASCADE
);
