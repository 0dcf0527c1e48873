package kg.trustbox;

import java.util.Objects;
import kg.trustbox.access.AccessPolicy;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.commission.Quorum;
import kg.trustbox.input.Limits;
import kg.trustbox.school.Language;

/**
 * The rules in force for a school, each a replaceable value: the opening slot, the quorum
 * of the commission, the legal deadlines, who may read what, the language an answer falls
 * back to, and the minimum of meetings per half-year. Immutable.
 *
 * @param schedule when the box is opened
 * @param quorum how many members must be present to open the box or elect officers
 * @param deadlines the registration and consideration deadlines
 * @param access who may read an appeal's content and identity
 * @param answerFallback the language of an answer to an appeal in neither Kyrgyz nor Russian
 * @param meetingsPerHalfYear the minimum number of meetings per half-year
 */
public record Regulation(
        OpeningSchedule schedule,
        Quorum quorum,
        DeadlinePolicy deadlines,
        AccessPolicy access,
        Language answerFallback,
        int meetingsPerHalfYear) {

    public Regulation {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(answerFallback, "answerFallback");
        if (meetingsPerHalfYear < 0 || meetingsPerHalfYear > 26) {
            throw Limits.refused("meetingsPerHalfYear", "constraint.range", "0", "26", Integer.toString(meetingsPerHalfYear));
        }
    }

    /** The regulation as written, with Law No. 67's deadlines and the safe access policy. */
    public static Regulation defaults() {
        return new Regulation(OpeningSchedule.regulation(), Quorum.majority(), DeadlinePolicy.law67(),
                AccessPolicy.regulationDefault(), Language.KYRGYZ, 2);
    }

    /** With another deadline policy. */
    public Regulation withDeadlines(DeadlinePolicy policy) {
        return new Regulation(schedule, quorum, policy, access, answerFallback, meetingsPerHalfYear);
    }

    /** With another opening schedule. */
    public Regulation withSchedule(OpeningSchedule s) {
        return new Regulation(s, quorum, deadlines, access, answerFallback, meetingsPerHalfYear);
    }

    /** With another access policy. */
    public Regulation withAccess(AccessPolicy policy) {
        return new Regulation(schedule, quorum, deadlines, policy, answerFallback, meetingsPerHalfYear);
    }

    /** With another quorum. */
    public Regulation withQuorum(Quorum q) {
        return new Regulation(schedule, q, deadlines, access, answerFallback, meetingsPerHalfYear);
    }

    /** With another minimum of meetings per half-year. */
    public Regulation withMeetingsPerHalfYear(int minimum) {
        return new Regulation(schedule, quorum, deadlines, access, answerFallback, minimum);
    }
}
