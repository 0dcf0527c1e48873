package kg.trustbox.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Role;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.commission.PersonId;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.outcome.TrustBoxException;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Examples;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Hostile input, for every store: generated text (random code units with lone surrogates, control,
 * format and invisible characters, markup, SQL, emoji, combining marks, lengths at and past every
 * limit) is pushed through the steps that take text from a user: an appellant's name, address,
 * phone and e-mail at an opening, a seal number, a registration's summary, a forwarding's body and
 * letter number, an extension's reason, a decision's measures, tags, a meeting's agenda and
 * decisions, a member's name and position. Each value is either accepted
 * and read back identical (a seal number as a reader sees it), or refused with a
 * {@link TrustBoxException} (or a rejected outcome) with nothing changed: the appeal, the box, the
 * counts of appeals, journal entries and access records, the chains, and no registration number
 * used up.
 *
 * <p>Sized for the build: 400 examples of 1 to 49 values, at least 10,000 values per store and run
 * (a quarter under mutation testing); each example is one opening with its appeals' steps.
 */
public abstract class HostileInputContract {
    private static final Pattern PAPER = Pattern.compile("papers\\[(\\d+)]");
    private static final Official COMMISSION = Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER);
    private static int schools;

    /** Fresh stores of the implementation under test. */
    protected abstract Stores newStores();

    /** Text a user could type, and worse. */
    static String hostile(int kind, String base) {
        return switch (kind) {
            case 0, 1 -> base;
            case 2 -> base + "'; DROP TABLE trustbox_appeal; --";
            case 3 -> "<script>alert('" + base + "')</script>";
            case 4 -> "Ө".repeat(new int[] {39, 40, 41, 199, 200, 201, 254, 255, 300, 301, 500, 501, 4000, 4001}[base.length() % 14]);
            case 5 -> "\u0000" + base;
            case 6 -> base + "\u202E" + base;
            case 7 -> "\u200B\u2060\uFEFF";
            case 8 -> "Асанов " + base;
            case 9 -> "👨‍👩‍👧 " + base;
            case 10 -> base + "\uD800";
            case 11 -> "и\u0306 " + base;
            case 12 -> " " + base + " ";
            case 13 -> "\u3164\u00A0";
            default -> "+996 (555) " + base.length() + "0-00-1" + base.length();
        };
    }

    static Gen<String> hostileText() {
        return integers().between(0, 14).zip(strings().allPossible().ofLengthBetween(0, 24), HostileInputContract::hostile);
    }

    /** What must not change when a step is refused (the chains are verified after every example). */
    private record Counts(int appeals, int journal, int accessLog, Optional<?> box) {
        static Counts of(Harness h) {
            return new Counts(h.office.appeals().size(), h.office.journal().size(), h.office.accessLog().size(), h.office.box());
        }
    }

    private final class Run {
        final Harness h = new Harness(newStores(), Fixtures.school("hostile-" + (++schools)), kg.trustbox.Regulation.defaults()).ready();
        final SchoolId school = h.school.id();
        int values;
        int refused;

        /** Runs {@code step}: true if it was accepted, false (with {@code unchanged} checked) if refused. */
        boolean tryStep(Supplier<Outcome<?>> step, Runnable unchanged) {
            values++;
            try {
                Outcome<?> o = step.get();
                if (o.isAccepted()) {
                    return true;
                }
            } catch (TrustBoxException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
            refused++;
            unchanged.run();
            return false;
        }

        Appeal appeal(AppealId id) {
            return h.stores.appeals().find(school, id).orElseThrow();
        }

        Runnable appealUnchanged(AppealId id) {
            Appeal before = appeal(id);
            return () -> assertThat(appeal(id)).isEqualTo(before);
        }

        Runnable nothingChanged() {
            Counts before = Counts.of(h);
            return () -> assertThat(Counts.of(h)).isEqualTo(before);
        }

        /** An opening with papers written by hostile hands; the refused papers are left out and the box opened with the rest. */
        List<AppealId> open(Iterator<String> text, int papers) {
            List<Paper> all = new ArrayList<>();
            for (int i = 0; i < papers; i++) {
                all.add(i % 5 == 4 ? Paper.from(Appellant.anonymous()) : Paper.from(signed(i % 5, text.next())));
                values += i % 5 == 4 ? 0 : 1;
            }
            List<Paper> kept = new ArrayList<>(all);
            Runnable unchanged = nothingChanged();
            try {
                return opened(all, h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()), all))
                        .orElseThrow().appeals());
            } catch (InvalidInputException e) {
                unchanged.run();
                Set<Integer> bad = new TreeSet<>();
                for (InvalidInputException.Violation v : e.violations()) {
                    Matcher m = PAPER.matcher(v.field());
                    assertThat(m.find()).as("violation %s names a paper", v.field()).isTrue();
                    bad.add(Integer.parseInt(m.group(1)));
                }
                refused += bad.size();
                List<Integer> descending = new ArrayList<>(bad);
                java.util.Collections.reverse(descending);
                descending.forEach(i -> kept.remove((int) i));
            }
            if (kept.isEmpty()) {
                kept.add(Paper.from(Appellant.anonymous()));
            }
            return opened(kept, h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()), kept))
                    .orElseThrow().appeals());
        }

        /** Reads every signed author back through the access policy: what was written is what is kept. */
        private List<AppealId> opened(List<Paper> papers, List<AppealId> ids) {
            assertThat(ids).hasSize(papers.size());
            for (int i = 0; i < ids.size(); i++) {
                if (papers.get(i).from() instanceof Appellant.Signed written) {
                    assertThat(h.office.readIdentity(ids.get(i), COMMISSION, Purpose.REGISTRATION).orElseThrow()).isEqualTo(written);
                }
            }
            return ids;
        }

        void seal(String number) {
            h.clock.advance(Duration.ofMinutes(10));
            Runnable unchanged = nothingChanged();
            if (tryStep(() -> h.office.seal(Seal.of(number)), unchanged)) {
                assertThat(((SealedBox) h.office.box().orElseThrow()).seal().number()).isEqualTo(Seal.of(number).number());
            } else {
                h.office.seal(h.nextSeal()).orElseThrow();
            }
        }

        void consider(AppealId id, Iterator<String> text) {
            String summary = text.next();
            if (tryStep(() -> h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT,
                    AppealLanguage.KYRGYZ, summary)), appealUnchanged(id))) {
                assertThat(appeal(id).registration().orElseThrow().summary()).isEqualTo(summary);
            } else {
                h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.KYRGYZ,
                        "кыскача")).orElseThrow();
            }
            h.office.assign(id, Fixtures.TEACHER).orElseThrow();
            String body = text.next();
            String letter = text.next();
            if (tryStep(() -> h.office.forward(id, new Forwarding(body, today(h), letter)), appealUnchanged(id))) {
                assertThat(appeal(id).forwardings()).last().isEqualTo(new Forwarding(body, today(h), letter));
            }
            values++;
            String reason = text.next();
            if (tryStep(() -> h.office.extend(id, reason, today(h).plusDays(20)), appealUnchanged(id))) {
                assertThat(appeal(id).extension().orElseThrow().reason()).isEqualTo(reason);
            }
            String measures = text.next();
            if (tryStep(() -> h.office.decide(id, Decision.of(Verdict.JUSTIFIED, measures)), appealUnchanged(id))) {
                assertThat(appeal(id).decision().orElseThrow().measures()).isEqualTo(measures);
            }
            String tag = text.next();
            if (tryStep(() -> h.office.tag(id, List.of(tag)), appealUnchanged(id))) {
                assertThat(appeal(id).tags()).containsExactly(tag);
            }
        }
    }

    /** A meeting's minutes and a recomposition of the commission, written by hostile hands. */
    private static void sitting(Run run, Iterator<String> text) {
        Harness h = run.h;
        String incident = text.next();
        String other = text.next();
        String decision = text.next();
        int protocols = h.office.protocols().size();
        kg.trustbox.meeting.MeetingRecord minutes = new kg.trustbox.meeting.MeetingRecord(today(h), Fixtures.quorum(),
                List.of(new kg.trustbox.meeting.AgendaItem.Incidents(incident), new kg.trustbox.meeting.AgendaItem.Other(other)),
                List.of(decision));
        run.values += 2;
        if (run.tryStep(() -> h.office.holdMeeting(minutes), () -> assertThat(h.office.protocols()).hasSize(protocols))) {
            kg.trustbox.meeting.Protocol kept = h.office.protocols().get(protocols);
            assertThat(kept.agenda()).isEqualTo(minutes.agenda());
            assertThat(kept.decisions()).isEqualTo(minutes.decisions());
        }
        String name = text.next();
        String position = text.next();
        List<kg.trustbox.commission.Member> members = new ArrayList<>(Fixtures.fiveMembers());
        kg.trustbox.commission.Member teacher = members.get(4);
        members.set(4, new kg.trustbox.commission.Member(teacher.id(), name, position, teacher.parentRepresentative()));
        Optional<kg.trustbox.commission.Commission> before = h.office.commission();
        kg.trustbox.commission.Order order = new kg.trustbox.commission.Order("H-" + run.values, today(h));
        run.values++;
        if (run.tryStep(() -> h.office.appointCommission(order, members), () -> assertThat(h.office.commission()).isEqualTo(before))) {
            assertThat(h.office.commission().orElseThrow().members().get(4)).isEqualTo(members.get(4));
        }
        records(run, text);
    }

    /** A signature, an election and a quarterly report, with hostile person ids and text. */
    private static void records(Run run, Iterator<String> text) {
        Harness h = run.h;
        List<kg.trustbox.meeting.Protocol> protocols = h.office.protocols();
        String signer = text.next();
        if (!protocols.isEmpty()) {
            int last = protocols.get(protocols.size() - 1).number();
            if (run.tryStep(() -> h.office.signProtocol(last, PersonId.of(signer), today(h)),
                    () -> assertThat(h.office.protocols()).isEqualTo(protocols))) {
                assertThat(h.office.protocols().get(protocols.size() - 1).signatures()).containsKey(PersonId.of(signer));
            }
        }
        String voter = text.next();
        Optional<kg.trustbox.commission.Commission> before = h.office.commission();
        if (run.tryStep(() -> h.office.electOfficers(new kg.trustbox.commission.Election(today(h),
                        List.of(new kg.trustbox.commission.Vote(PersonId.of(voter), Fixtures.CHAIR)),
                        List.of(new kg.trustbox.commission.Vote(Fixtures.CHAIR, Fixtures.SECRETARY)))),
                () -> assertThat(h.office.commission()).isEqualTo(before))) {
            assertThat(h.office.commission().orElseThrow()).isNotEqualTo(before.orElseThrow());
        }
        String problems = text.next();
        kg.trustbox.report.Quarter quarter = kg.trustbox.report.Quarter.of(today(h));
        Optional<kg.trustbox.report.QuarterlyReport> report = h.office.quarterlyReport(quarter);
        if (run.tryStep(() -> h.office.prepareQuarterlyReport(quarter, problems, Fixtures.RESPONSIBLE),
                () -> assertThat(h.office.quarterlyReport(quarter)).isEqualTo(report))) {
            assertThat(h.office.quarterlyReport(quarter).orElseThrow().recurringProblems()).isEqualTo(problems);
        }
    }

    private static Appellant.Signed signed(int field, String text) {
        return switch (field) {
            case 0 -> new Appellant.Signed(text, Appellant.Contacts.phone("+996555000111"));
            case 1 -> new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.address(text));
            case 2 -> new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.phone(text));
            default -> new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.email(text));
        };
    }

    /** How many examples the property plays. */
    protected int examples() {
        return Examples.of(400);
    }

    @Test
    @DisplayName("R-1.4 R-4.4 R-4.5 R-1.5.2 R-5.3 R-5.4 R-5.5 R-6.2 property: hostile text is accepted and read back identical, or refused with nothing changed and no number used up")
    void hostile_text_is_kept_exactly_or_refused_cleanly() {
        Run run = new Run();
        qt().withExamples(examples()).forAll(lists().of(hostileText()).ofSizeBetween(1, 49)).checkAssert(values -> {
            Iterator<String> text = java.util.stream.Stream.generate(() -> values).flatMap(List::stream).iterator();
            List<AppealId> ids = run.open(text, values.size());
            run.seal(text.next());
            for (AppealId id : ids.subList(0, Math.min(ids.size(), 3))) {
                run.consider(id, text);
            }
            sitting(run, text);
            assertThat(run.h.office.verifyJournal().isIntact()).isTrue();
            assertThat(run.h.office.verifyAccessLog().isIntact()).isTrue();
            run.h.nextTuesday();
        });
        java.util.Map<Integer, List<Integer>> numbers = run.h.office.appeals().stream().flatMap(t -> t.number().stream())
                .collect(java.util.stream.Collectors.groupingBy(n -> n.year(), java.util.TreeMap::new,
                        java.util.stream.Collectors.mapping(n -> n.sequence(), java.util.stream.Collectors.toList())));
        numbers.forEach((year, sequences) -> assertThat(sequences.stream().sorted().toList())
                .as("no registration number of %s was used up by a refusal", year)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, sequences.size()).boxed().toList()));
        assertThat(run.values).as("values pushed through the steps").isGreaterThanOrEqualTo(examples() * 24);
        assertThat(run.refused).as("some were refused").isPositive().isLessThan(run.values);
    }

    /** The day on the school's clock. */
    private static LocalDate today(Harness h) {
        return h.clock.instant().atZone(h.school.zone()).toLocalDate();
    }
}
