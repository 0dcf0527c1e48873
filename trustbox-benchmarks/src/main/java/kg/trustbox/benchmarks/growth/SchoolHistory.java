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
    private final LocalDate lastYearFrom;
    private final LocalDate lastYearTo;
    private final ComplianceCheck.Checkpoint checkpoint;
    private final AppealId recent;

    private SchoolHistory(TrustBoxOffice office, ManualClock clock, LocalDate lastYearFrom, LocalDate lastYearTo,
                          ComplianceCheck.Checkpoint checkpoint, AppealId recent) {
        this.office = office;
        this.clock = clock;
        this.lastYearFrom = lastYearFrom;
        this.lastYearTo = lastYearTo;
        this.checkpoint = checkpoint;
        this.recent = recent;
    }

    /** Plays {@code years} (at least 1) of weeks on {@code stores}. */
    public static SchoolHistory play(School school, Stores stores, int years) {
        ManualClock clock = new ManualClock(LocalDate.of(2026, 8, 24).atTime(10, 0).atZone(school.zone()).toInstant());
        TrustBoxOffice office = TrustBoxOffice.of(school, stores, clock);
        BenchSchools.constitute(office);
        int seal = 1;
        office.installBox(Seal.of(String.format("KG-%06d", seal++))).orElseThrow();
        Official member = Official.of(BenchSchools.CHAIR, Role.COMMISSION_MEMBER);
        LocalDate first = LocalDate.of(2026, 9, 1);
        int weeks = 52 * years;
        LocalDate lastYearFrom = first.plusWeeks(weeks - 52L);
        ComplianceCheck.Checkpoint checkpoint = ComplianceCheck.Checkpoint.START;
        List<AppealId> previous = List.of();
        LocalDate tuesday = first;
        for (int week = 0; week < weeks; week++, tuesday = tuesday.plusWeeks(1)) {
            if (tuesday.equals(lastYearFrom) && years > 1) {
                checkpoint = office.complianceCheck(first, lastYearFrom.minusDays(1), ComplianceCheck.Checkpoint.START).checkpoint();
            }
            List<Paper> papers = new ArrayList<>();
            for (int i = 0; i < APPEALS; i++) {
                papers.add(Paper.from(i % 2 == 0 ? Appellant.anonymous()
                        : new Appellant.Signed("Ата-эне " + week + "-" + i, Appellant.Contacts.address("Бишкек ш., Ленин көч., 1"))));
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
            office.registerAll(requests).orElseThrow();
            office.readIdentity(ids.get(1), member, Purpose.CONSIDERATION).orElseThrow();
            clock.set(tuesday, LocalTime.of(15, 0), school.zone());
            for (AppealId id : previous) {
                office.assign(id, BenchSchools.TEACHER).orElseThrow();
                office.decide(id, Decision.of(Verdict.JUSTIFIED, "чаралар көрүлдү")).orElseThrow();
            }
            previous = ids;
        }
        clock.set(tuesday.minusDays(2), LocalTime.of(9, 0), school.zone());
        return new SchoolHistory(office, clock, lastYearFrom, tuesday.minusDays(8), checkpoint, previous.get(0));
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
