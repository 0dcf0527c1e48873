package kg.trustbox.benchmarks.ledger;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.chain.Chain;
import kg.trustbox.school.School;
import kg.trustbox.store.Stores;
import kg.trustbox.time.ManualClock;

/**
 * Figure 5's data: one school's history of {@code weeks} Tuesdays, each an opening of 50 appeals (half of them
 * signed), the sealing, and the registration of all 50: about 130 ledger entries a week. {@link #checkpoint} is the
 * head before the last week, so that an incremental inspection has one week to check.
 */
public final class LedgerHistory {
    /** Appeals per opening. */
    public static final int APPEALS = 50;

    private final TrustBoxOffice office;
    private final Chain.Head checkpoint;

    private LedgerHistory(TrustBoxOffice office, Chain.Head checkpoint) {
        this.office = office;
        this.checkpoint = checkpoint;
    }

    /** Plays {@code weeks} (at least 2) on {@code stores}. */
    public static LedgerHistory play(School school, Stores stores, int weeks) {
        ManualClock clock = new ManualClock(LocalDate.of(2026, 8, 24).atTime(10, 0).atZone(school.zone()).toInstant());
        TrustBoxOffice office = TrustBoxOffice.of(school, stores, clock);
        BenchSchools.constitute(office);
        int seal = 1;
        office.installBox(Seal.of(String.format("KG-%06d", seal++))).orElseThrow();
        LocalDate tuesday = LocalDate.of(2026, 9, 1);
        Chain.Head checkpoint = null;
        for (int week = 0; week < weeks; week++, tuesday = tuesday.plusWeeks(1)) {
            if (week == weeks - 1) {
                checkpoint = stores.ledger().head(school.id()).orElseThrow();
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
        }
        return new LedgerHistory(office, checkpoint);
    }

    /** The school's office. */
    public TrustBoxOffice office() {
        return office;
    }

    /** How many entries the school's ledger holds. */
    public long entries() {
        return office.verifyRecordsSince(checkpoint).head().sequence();
    }

    /** The ledger's head before the last week. */
    public Chain.Head checkpoint() {
        return checkpoint;
    }
}
