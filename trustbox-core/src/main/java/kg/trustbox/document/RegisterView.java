package kg.trustbox.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Closure;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.school.Language;

/**
 * The register of appeals (кайрылууларды каттоо журналы, журнал регистрации обращений; Law No. 67,
 * ) for a period: one row per appeal registered in it, by registration
 * number. Who wrote a signed appeal and what its summary says are shown only as far as the reader's
 * access allows: the view is built through the access policy, each of the two reads
 * recorded. Immutable; its {@code toString} and its rows' show no name and no summary.
 *
 * @param language the document's language
 * @param school the school
 * @param from the period's first day
 * @param to the period's last day
 * @param rows the appeals registered in the period, by registration number
 * @param keptBy the responsible person, who keeps the register and certifies the extract; blank
 *     before one is appointed
 * @param issuedOn the day the extract was drawn up
 */
public record RegisterView(
        Language language,
        SchoolHeader school,
        LocalDate from,
        LocalDate to,
        List<Row> rows,
        Signatory keptBy,
        LocalDate issuedOn) implements DocumentView {
    public RegisterView {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        rows = List.copyOf(rows);
        Objects.requireNonNull(keptBy, "keptBy");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /** Shows the period and the count of rows: never a name or a summary. */
    @Override
    public String toString() {
        return "RegisterView[" + from + ".." + to + ", " + rows.size() + " row(s), " + language + "]";
    }

    /**
     * One appeal in the register.
     *
     * @param number the registration number
     * @param registeredOn the day it was registered, school time
     * @param from who wrote it, as far as the reader may see
     * @param category its category
     * @param summary the registrar's short summary; empty when the reader may not read the appeal's
     *     content
     * @param executor the official considering it, once assigned
     * @param due the last day of the term under the deadline policy, before any extension
     * @param extendedTo the new last day, when the term was extended (Law No. 67)
     * @param forwardings the competent bodies it was sent to, in order
     * @param decision the decision and what followed it, once decided
     * @param withReceipt whether a receipt is attached to the appeal: the register says so, never its code
     */
    public record Row(
            RegistrationNumber number,
            LocalDate registeredOn,
            Author from,
            Category category,
            Optional<String> summary,
            Optional<String> executor,
            LocalDate due,
            Optional<LocalDate> extendedTo,
            List<Forwarding> forwardings,
            Optional<Decided> decision,
            boolean withReceipt) {
        /** A row of an appeal without a receipt. */
        public Row(RegistrationNumber number, LocalDate registeredOn, Author from, Category category, Optional<String> summary,
                   Optional<String> executor, LocalDate due, Optional<LocalDate> extendedTo, List<Forwarding> forwardings,
                   Optional<Decided> decision) {
            this(number, registeredOn, from, category, summary, executor, due, extendedTo, forwardings, decision, false);
        }

        public Row {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(registeredOn, "registeredOn");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(extendedTo, "extendedTo");
            forwardings = List.copyOf(forwardings);
            Objects.requireNonNull(decision, "decision");
        }

        /** The last day of consideration: the extension's when extended, the term's otherwise. */
        public LocalDate lastDay() {
            return extendedTo.orElse(due);
        }

        /** Whether, on {@code day}, it is undecided and its last day of consideration has passed (Law No. 67). */
        public boolean isOverdueOn(LocalDate day) {
            return decision.isEmpty() && day.isAfter(lastDay());
        }

        /** Shows the number and whether it is signed: never the name or the summary. */
        @Override
        public String toString() {
            return "Row[" + number + ", " + from + ", " + category + (withReceipt ? ", receipt" : "") + "]";
        }
    }

    /** Who wrote an appeal, as far as the register's reader may see. */
    public sealed interface Author permits Anonymous, Named, Withheld {
    }

    /** An anonymous appeal: there is no one to name. */
    public record Anonymous() implements Author {
    }

    /**
     * A signed appeal whose author the reader may see.
     *
     * @param fullName the name as written
     */
    public record Named(String fullName) implements Author {
        public Named {
            Objects.requireNonNull(fullName, "fullName");
        }

        /** Hides the name. */
        @Override
        public String toString() {
            return "Named[personal data hidden]";
        }
    }

    /** A signed appeal whose author the reader may not see. */
    public record Withheld() implements Author {
    }

    /**
     * The decision on an appeal and what followed it.
     *
     * @param verdict the verdict
     * @param decidedOn the day it was decided
     * @param reply the answer sent, or why none was, once either happened
     */
    public record Decided(Verdict verdict, LocalDate decidedOn, Optional<Reply> reply) {
        public Decided {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(decidedOn, "decidedOn");
            Objects.requireNonNull(reply, "reply");
        }
    }

    /** The end of an appeal's way: answered, or closed without an answer. */
    public sealed interface Reply permits Answered, NotAnswered {
        /** The day it happened. */
        LocalDate on();
    }

    /**
     * The answer was sent to the signed appellant.
     *
     * @param on the day it was sent
     * @param channel how
     */
    public record Answered(LocalDate on, Channel channel) implements Reply {
        public Answered {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /**
     * Closed without an answer.
     *
     * @param on the day it was closed
     * @param reason why no answer was sent
     */
    public record NotAnswered(LocalDate on, Closure.Reason reason) implements Reply {
        public NotAnswered {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
