package kg.trustbox.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kg.trustbox.OpeningResult;
import kg.trustbox.Regulation;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.TrustBox;
import kg.trustbox.school.School;
import kg.trustbox.time.ManualClock;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** An office over given stores with a manual clock set to the first Tuesday of September 2026, 12:10 Bishkek. */
public final class Harness {
    public final ManualClock clock = new ManualClock(Fixtures.FIRST_TUESDAY_NOON);
    public final Stores stores;
    public final School school;
    public final TrustBoxOffice office;
    private int sealCounter = 1;

    public Harness(Stores stores, School school, Regulation regulation) {
        this.stores = stores;
        this.school = school;
        this.office = TrustBoxOffice.of(school, stores, clock, regulation);
    }

    /** In memory, school "s1", default regulation. */
    public static Harness inMemory() {
        return new Harness(InMemoryStores.create(), Fixtures.school("s1"), Regulation.defaults());
    }

    /** A constituted commission and an installed box. */
    public Harness ready() {
        Fixtures.constitute(office);
        office.installBox(nextSeal()).orElseThrow();
        return this;
    }

    /** A fresh seal number. */
    public Seal nextSeal() {
        return Seal.of(String.format("KG-%06d", sealCounter++));
    }

    /** The seal on the box now (the box must be sealed). */
    public Seal currentSeal() {
        TrustBox box = office.box().orElseThrow();
        return ((SealedBox) box).seal();
    }

    /** Opens the sealed box now with {@code papers} (in order, quorum present) and seals it again. */
    public OpeningResult openAndSeal(List<Paper> papers) {
        OpeningResult r = office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(currentSeal()), papers)).orElseThrow();
        clock.advance(Duration.ofMinutes(10));
        office.seal(nextSeal()).orElseThrow();
        return r;
    }

    /** Moves the clock to the next week's Tuesday 12:10. */
    public Harness nextTuesday() {
        Instant now = clock.instant();
        clock.set(now.atZone(school.zone()).toLocalDate().plusDays(7 - ((now.atZone(school.zone()).getDayOfWeek().getValue() - 2 + 7) % 7))
                .atTime(12, 10).atZone(school.zone()).toInstant());
        return this;
    }
}
