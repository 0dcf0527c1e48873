package kg.trustbox.jdbc.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import kg.trustbox.appeal.Answer;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Closure;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Extension;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.Status;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.Language;
import kg.trustbox.school.SchoolId;

/**
 * An appeal as the columns of {@code trustbox_appeal} hold it, one nullable value per column: the
 * statements bind it by name ({@code :registeredAt}, {@code :verdict}), so no column list is
 * coupled to an argument list by position. Its forwardings and tags are rows of their own tables.
 * Internal.
 */
public record AppealRow(
        SchoolId school,
        AppealId id,
        int actYear,
        int actSeq,
        int line,
        Instant withdrawnAt,
        String appellantKind,
        Status status,
        Integer registrationYear,
        Integer registrationSeq,
        Instant registeredAt,
        PersonId registrar,
        Category category,
        AppealLanguage language,
        String summary,
        String scan,
        PersonId assignee,
        Instant extendedAt,
        String extensionReason,
        LocalDate extensionDue,
        Verdict verdict,
        String legalGround,
        String measures,
        Instant decidedAt,
        Instant answeredAt,
        Language answerLanguage,
        Channel answerChannel,
        Instant closedAt,
        Closure.Reason closureReason,
        long revision) {

    /** The row of {@code a}. */
    public static AppealRow of(Appeal a) {
        Optional<Registration> r = a.registration();
        Optional<Extension> x = a.extension();
        Optional<Decision> d = a.decision();
        Optional<Answer> n = a.answer();
        Optional<Closure> c = a.closure();
        return new AppealRow(a.school(), a.id(), a.withdrawal().act().year(), a.withdrawal().act().sequence(), a.withdrawal().line(),
                a.withdrawal().at(), AppellantIdentityTable.kind(a.appellant()), a.status(),
                r.map(g -> g.number().year()).orElse(null), r.map(g -> g.number().sequence()).orElse(null),
                r.map(Registration::at).orElse(null), r.map(Registration::registrar).orElse(null),
                r.map(Registration::category).orElse(null), r.map(Registration::language).orElse(null),
                r.map(Registration::summary).orElse(null), r.flatMap(Registration::scan).orElse(null),
                a.assignee().orElse(null),
                x.map(Extension::at).orElse(null), x.map(Extension::reason).orElse(null), x.map(Extension::newDue).orElse(null),
                d.map(Decision::verdict).orElse(null), d.flatMap(Decision::legalGround).orElse(null), d.map(Decision::measures).orElse(null),
                a.decidedAt().orElse(null),
                n.map(Answer::at).orElse(null), n.map(Answer::language).orElse(null), n.map(Answer::channel).orElse(null),
                c.map(Closure::at).orElse(null), c.map(Closure::reason).orElse(null),
                a.revision());
    }

    /** The revision the stored row must have for this one to replace it. */
    public long previousRevision() {
        return revision - 1;
    }
}
