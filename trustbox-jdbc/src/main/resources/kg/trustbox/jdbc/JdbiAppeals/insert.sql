-- bound by name from an AppealRow
INSERT INTO trustbox_appeal (
    school_id, appeal_id, act_year, act_seq, line_no, withdrawn_at_ns, appellant_kind, status,
    registration_year, registration_seq, registered_at_ns, registrar, category, appeal_language, summary, scan,
    assignee, extended_at_ns, extension_reason, extension_due, verdict, legal_ground, measures, decided_at_ns,
    answered_at_ns, answer_language, answer_channel, closed_at_ns, closure_reason, revision)
VALUES (
    :school, :id, :actYear, :actSeq, :line, :withdrawnAt, :appellantKind, :status,
    :registrationYear, :registrationSeq, :registeredAt, :registrar, :category, :language, :summary, :scan,
    :assignee, :extendedAt, :extensionReason, :extensionDue, :verdict, :legalGround, :measures, :decidedAt,
    :answeredAt, :answerLanguage, :answerChannel, :closedAt, :closureReason, :revision)
