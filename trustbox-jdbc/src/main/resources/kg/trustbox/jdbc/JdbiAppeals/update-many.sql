-- PostgreSQL: the lifecycle of many appeals in one statement, each row only over the revision it was read at;
-- <rows> holds one (...) per AppealRow, bound by name in the column order of v below; every value is cast to its
-- column's type, so that a column null in every row still has one. One school at a time: the constant school and the
-- ids' array make the plan probe the primary key once per row (a join on the values alone may scan the table)
UPDATE trustbox_appeal t SET
    status = CAST(v.status AS VARCHAR),
    registration_year = CAST(v.registration_year AS INT), registration_seq = CAST(v.registration_seq AS INT),
    registered_at_ns = CAST(v.registered_at_ns AS BIGINT), registrar = CAST(v.registrar AS VARCHAR),
    category = CAST(v.category AS VARCHAR), appeal_language = CAST(v.appeal_language AS VARCHAR),
    summary = CAST(v.summary AS VARCHAR), scan = CAST(v.scan AS VARCHAR),
    assignee = CAST(v.assignee AS VARCHAR),
    extended_at_ns = CAST(v.extended_at_ns AS BIGINT), extension_reason = CAST(v.extension_reason AS VARCHAR),
    extension_due = CAST(v.extension_due AS DATE),
    verdict = CAST(v.verdict AS VARCHAR), legal_ground = CAST(v.legal_ground AS VARCHAR), measures = CAST(v.measures AS VARCHAR),
    decided_at_ns = CAST(v.decided_at_ns AS BIGINT),
    answered_at_ns = CAST(v.answered_at_ns AS BIGINT), answer_language = CAST(v.answer_language AS VARCHAR),
    answer_channel = CAST(v.answer_channel AS VARCHAR),
    closed_at_ns = CAST(v.closed_at_ns AS BIGINT), closure_reason = CAST(v.closure_reason AS VARCHAR),
    revision = CAST(v.revision AS BIGINT)
FROM (VALUES <rows>) AS v (school_id, appeal_id, previous_revision, status, registration_year, registration_seq, registered_at_ns,
    registrar, category, appeal_language, summary, scan, assignee, extended_at_ns, extension_reason, extension_due, verdict,
    legal_ground, measures, decided_at_ns, answered_at_ns, answer_language, answer_channel, closed_at_ns, closure_reason, revision)
WHERE t.school_id = :school AND t.appeal_id = ANY(:ids)
    AND t.school_id = CAST(v.school_id AS VARCHAR) AND t.appeal_id = CAST(v.appeal_id AS VARCHAR)
    AND t.revision = CAST(v.previous_revision AS BIGINT)
