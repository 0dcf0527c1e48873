package kg.trustbox.jdbc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.OpeningResult;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Role;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.time.ManualClock;

/** A school working its box through {@link TrustBoxOffice}, week by week, on any stores. */
final class Scenario {
    static final Official RESPONSIBLE = Official.of(Fixtures.RESPONSIBLE, Role.RESPONSIBLE_PERSON);

    final ManualClock clock = new ManualClock(Fixtures.FIRST_TUESDAY_NOON);
    final TrustBoxOffice office;
    final List<AppealId> appeals = new ArrayList<>();
    private Seal seal = Seal.of("S-0");
    private int seals;

    Scenario(Stores stores, String school) {
        office = TrustBoxOffice.of(Fixtures.school(school), stores, clock);
    }

    /** The commission constituted and the box installed under seal S-0. */
    Scenario ready() {
        Fixtures.constitute(office);
        office.installBox(seal).orElseThrow();
        return this;
    }

    /** The request of an opening of the box as it is sealed now. */
    OpeningRequest opening(List<Paper> papers) {
        return OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(seal), papers);
    }

    /** Opens the box this Tuesday with {@code papers}. */
    OpeningResult open(List<Paper> papers) {
        OpeningResult r = office.open(opening(papers)).orElseThrow();
        appeals.addAll(r.appeals());
        return r;
    }

    /** Seals the open box with the next seal and moves on to next Tuesday. */
    void sealAndWait() {
        Seal next = Seal.of("S-" + (++seals));
        office.seal(next).orElseThrow();
        seal = next;
        clock.advance(Duration.ofDays(7));
    }

    /** One week: opened with {@code papers}, sealed. */
    Scenario week(List<Paper> papers) {
        open(papers);
        sealAndWait();
        return this;
    }

    static List<Paper> papers(int n) {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            papers.add(i % 2 == 0 ? Paper.from(Fixtures.signed("Асанов Бакыт " + i)) : Paper.from(Appellant.anonymous()));
        }
        return papers;
    }

    static RegistrationRequest registration() {
        return RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.KYRGYZ, "Кыскача мазмуну");
    }

    void register(AppealId id) {
        office.register(id, registration()).orElseThrow();
    }

    void read(AppealId id) {
        office.readContent(id, RESPONSIBLE, Purpose.CONSIDERATION).orElseThrow();
    }
}
