package kg.trustbox.benchmarks.growth;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kg.trustbox.TrustBoxOffice;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Role;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.Seal;
import kg.trustbox.report.ComplianceCheck;
import kg.trustbox.school.School;
import kg.trustbox.store.Stores;
import kg.trustbox.time.ManualClock;

/**
 * The growth curves' data: one school that kept the rules for {@code years} school years of 52
 * Tuesdays, each an opening of {@value #APPEALS} appeals (half signed), the sealing, their
 * registration, an identity read for consideration, and each appeal assigned and decided the
 * week after. So the register, the journal and the access log grow with the years while the open
 * work (the last week's appeals) stays the same. {@link #checkpoint} is what a compliance check of
 * everything before the last year returned: where the check of the last year may start.
 */
public final class SchoolHistory {
    /** Appeals per opening. */
    public static final int APPEALS = 20;

    private final TrustBoxOffice office;
    private final ManualClock clock;
    private final School school;
    private final Official member = Official.of(BenchSchools.CHAIR, Role.COMMISSION_MEMBER);
    private int seal = 1;
    private List<AppealId> previous = List.of();
    private LocalDate tuesday = LocalDate.of(2026, 9, 1);
    private LocalDate lastYearFrom;
    private LocalDate lastYearTo;
    private ComplianceCheck.Checkpoint checkpoint = ComplianceCheck.Checkpoint.START;
    private AppealId recent;

    private SchoolHistory(School school, Stores stores) {
        this.school = school;
        this.clock = new ManualClock(LocalDate.of(2026, 8, 24).atTime(10, 0).atZone(school.zone()).toInstant());
        this.office = TrustBoxOffice.of(school, stores, clock);
    }

    /** Plays {@code years} (at least 1) of weeks on {@code stores}. */
    public static SchoolHistory play(School school, Stores stores, int years) {
        SchoolHistory h = new SchoolHistory(school, stores);
        BenchSchools.constitute(h.office);
        h.office.installBox(Seal.of(String.format("KG-%06d", h.seal++))).orElseThrow();
        LocalDate first = h.tuesday;
        int weeks = 52 * years;
        h.lastYearFrom = first.plusWeeks(weeks - 52L);
        for (int week = 0; week < weeks; week++) {
            if (h.tuesday.equals(h.lastYearFrom) && years > 1) {
                h.checkpoint = h.office.complianceCheck(first, h.lastYearFrom.minusDays(1), ComplianceCheck.Checkpoint.START).checkpoint();
            }
            h.week();
        }
        h.lastYearTo = h.tuesday.minusDays(8);
        h.recent = h.previous.get(0);
        h.clock.set(h.tuesday.minusDays(2), LocalTime.of(9, 0), school.zone());
        return h;
    }

    /**
     * One Tuesday: the opening of {@value #APPEALS} appeals, the sealing, their registration, an
     * identity read, and the decisions on the week before's appeals; the next Tuesday is next.
     *
     * @return how many appeals were registered
     */
    public int week() {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < APPEALS; i++) {
            papers.add(Paper.from(i % 2 == 0 ? Appellant.anonymous()
                    : new Appellant.Signed("Ата-эне " + seal + "-" + i, Appellant.Contacts.address("Бишкек ш., Ленин көч., 1"))));
        }
        clock.set(tuesday, LocalTime.of(12, 5), school.zone());
        Seal current = ((SealedBox) office.box().orElseThrow()).seal();
        List<AppealId> ids = office.open(OpeningRequest.of(BenchSchools.quorum(), Inspection.inOrder(current), papers))
                .orElseThrow().appeals();
        clock.advance(Duration.ofMinutes(15));
        office.seal(Seal.of(String.format("KG-%06d", seal++))).orElseThrow();
        clock.set(tuesday, LocalTime.of(14, 0), school.zone());
        Map<AppealId, RegistrationRequest> requests = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            requests.put(ids.get(i), RegistrationRequest.of(BenchSchools.RESPONSIBLE, Category.values()[i % 5],
                    AppealLanguage.KYRGYZ, "мазмуну"));
        }
        int registered = office.registerAll(requests).orElseThrow().size();
        office.readIdentity(ids.get(1), member, Purpose.CONSIDERATION).orElseThrow();
        clock.set(tuesday, LocalTime.of(15, 0), school.zone());
        for (AppealId id : previous) {
            office.assign(id, BenchSchools.TEACHER).orElseThrow();
            office.decide(id, Decision.of(Verdict.JUSTIFIED, "чаралар көрүлдү")).orElseThrow();
        }
        previous = ids;
        tuesday = tuesday.plusWeeks(1);
        return registered;
    }

    /** The school's office. */
    public TrustBoxOffice office() {
        return office;
    }

    /** The first day of the last school year played. */
    public LocalDate lastYearFrom() {
        return lastYearFrom;
    }

    /** The last day of the last year whose openings can be judged (a week before the clock). */
    public LocalDate lastYearTo() {
        return lastYearTo;
    }

    /** What a check of everything before the last year returned ({@code START} after one year). */
    public ComplianceCheck.Checkpoint checkpoint() {
        return checkpoint;
    }

    /** An appeal of the last week: still open. */
    public AppealId recent() {
        return recent;
    }

    /** The school's date now. */
    public LocalDate today() {
        return office.school().local(clock.instant()).toLocalDate();
    }
}
