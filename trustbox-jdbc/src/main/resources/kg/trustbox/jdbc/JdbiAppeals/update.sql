-- the lifecycle of an appeal, bound by name from an AppealRow; only over the revision it was read at
UPDATE trustbox_appeal SET
    status = :status,
    registration_year = :registrationYear, registration_seq = :registrationSeq, registered_at_ns = :registeredAt,
    registrar = :registrar, category = :category, appeal_language = :language, summary = :summary, scan = :scan,
    assignee = :assignee,
    extended_at_ns = :extendedAt, extension_reason = :extensionReason, extension_due = :extensionDue,
    verdict = :verdict, legal_ground = :legalGround, measures = :measures, decided_at_ns = :decidedAt,
    answered_at_ns = :answeredAt, answer_language = :answerLanguage, answer_channel = :answerChannel,
    closed_at_ns = :closedAt, closure_reason = :closureReason,
    revision = :revision
WHERE school_id = :school AND appeal_id = :id AND revision = :previousRevision
