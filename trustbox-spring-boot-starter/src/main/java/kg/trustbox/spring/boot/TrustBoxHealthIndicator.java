package kg.trustbox.spring.boot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kg.trustbox.ledger.RecordsVerification;
import kg.trustbox.school.SchoolId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of the records of the schools named in {@code trustbox.health.schools}: each check
 * inspects them in full ({@code TrustBoxOffice#verifyRecords()}, R-6.2) and is DOWN when one has a
 * discrepancy, or cannot be read. The details give, per school, how many ledger entries were
 * verified and how many discrepancies, with their message keys; never personal data.
 */
public class TrustBoxHealthIndicator extends AbstractHealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(TrustBoxHealthIndicator.class);

    private final TrustBoxOffices offices;
    private final List<SchoolId> schools;

    /**
     * The indicator of {@code schools}.
     *
     * @param offices the offices of the application
     * @param schools the ids of the schools to inspect
     */
    public TrustBoxHealthIndicator(TrustBoxOffices offices, List<String> schools) {
        super("trustbox: the records could not be inspected");
        this.offices = Objects.requireNonNull(offices, "offices");
        this.schools = schools.stream().map(SchoolId::of).toList();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean intact = true;
        for (SchoolId school : schools) {
            RecordsVerification v = offices.verifyRecords(school);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("entries", v.entries());
            detail.put("discrepancies", v.discrepancies().size());
            if (!v.isIntact()) {
                intact = false;
                detail.put("reasons", v.discrepancies().stream().map(d -> d.reason()).distinct().toList());
            }
            LOG.debug("trustbox: school {} inspected: {} entries, {} discrepancies", school, v.entries(), v.discrepancies().size());
            builder.withDetail(school.value(), detail);
        }
        if (intact) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
