package kg.trustbox.spring.boot;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kg.trustbox.Regulation;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.ledger.RecordsVerification;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;

/**
 * The offices of an application's schools: one {@link TrustBoxOffice} per {@link School}, over the
 * application's stores, clock and regulation. Thread-safe; the same school gives the same office.
 *
 * <pre>{@code
 * @Transactional
 * public void register(School school, AppealId id, RegistrationRequest request) {
 *     offices.office(school).register(id, request).orElseThrow();
 *     myTable.insert(...);   // commits, or rolls back, with the registration
 * }
 * }</pre>
 */
public class TrustBoxOffices {
    private final Stores stores;
    private final Clock clock;
    private final Regulation regulation;
    private final ConcurrentMap<School, TrustBoxOffice> offices = new ConcurrentHashMap<>();

    /**
     * The offices over {@code stores}, working by {@code clock} under {@code regulation}.
     *
     * @param stores the ports, for example {@code JdbiStores#stores()}
     * @param clock the application's clock
     * @param regulation the rules in force for every school
     */
    public TrustBoxOffices(Stores stores, Clock clock, Regulation regulation) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.regulation = Objects.requireNonNull(regulation, "regulation");
    }

    /** The office of {@code school}: {@code TrustBoxOffice.of(school, stores, clock, regulation)}. */
    public TrustBoxOffice office(School school) {
        Objects.requireNonNull(school, "school");
        return offices.computeIfAbsent(school, s -> TrustBoxOffice.of(s, stores, clock, regulation));
    }

    /**
     * Inspects the records of the school {@code id} ({@link TrustBoxOffice#verifyRecords()}, R-6.2):
     * the office of a school already asked for, or else one made for the id alone, which is all that
     * an inspection reads.
     */
    public RecordsVerification verifyRecords(SchoolId id) {
        Objects.requireNonNull(id, "id");
        TrustBoxOffice office = offices.entrySet().stream()
                .filter(e -> e.getKey().id().equals(id))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> TrustBoxOffice.of(School.of(id, id.value(), id.value(), id.value()), stores, clock, regulation));
        return office.verifyRecords();
    }

    /** The rules in force. */
    public Regulation regulation() {
        return regulation;
    }
}
