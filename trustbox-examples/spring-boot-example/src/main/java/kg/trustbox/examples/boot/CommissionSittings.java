package kg.trustbox.examples.boot;

import java.util.List;
import kg.trustbox.OpeningResult;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.School;
import kg.trustbox.spring.boot.TrustBoxOffices;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school system's own service around the Tuesday opening of the trust box: it notes the
 * commission's sitting in its own table, has trustbox open the box, and leaves a notice in the
 * director's inbox, all in one transaction. Thread-safe.
 */
@Service
public class CommissionSittings {
    private final JdbcTemplate jdbc;
    private final TrustBoxOffices offices;

    /**
     * The service over the application's database and trustbox offices.
     *
     * @param jdbc the application's own tables
     * @param offices the starter's offices, one per school
     */
    public CommissionSittings(JdbcTemplate jdbc, TrustBoxOffices offices) {
        this.jdbc = jdbc;
        this.offices = offices;
    }

    /**
     * Notes the sitting, opens the box and tells the director, in one transaction: all of it commits,
     * or none of it. When the regulation refuses the opening (for example, no quorum), the
     * {@link kg.trustbox.outcome.RuleViolationException} naming the clause rolls back the sitting
     * noted before it; when the host's own write after the opening fails, the opening rolls back too.
     *
     * @param school the school whose box is opened
     * @param present the commission members present
     * @param seal the seal found on the box
     * @param papers what was found in the box
     * @return the opened box, the act and the appeals withdrawn
     * @throws kg.trustbox.outcome.RuleViolationException when the regulation refuses the opening
     */
    @Transactional
    public OpeningResult open(School school, List<PersonId> present, Seal seal, List<Paper> papers) {
        String schoolId = school.id().value();
        jdbc.update("INSERT INTO commission_sitting (school_id, members_present) VALUES (?, ?)", schoolId, present.size());
        OpeningResult opened = offices.office(school)
                .open(OpeningRequest.of(present, Inspection.inOrder(seal), papers))
                .orElseThrow();
        // counts and numbers only: who wrote an appeal never leaves trustbox
        jdbc.update("INSERT INTO director_inbox (school_id, message) VALUES (?, ?)", schoolId,
                "The trust box was opened: " + opened.appeals().size() + " appeal(s) withdrawn, act "
                        + opened.act().map(a -> a.number().toString()).orElse("none"));
        return opened;
    }

    /** How many sittings of {@code school} the school system has noted. */
    public int sittings(School school) {
        return count("SELECT COUNT(*) FROM commission_sitting WHERE school_id = ?", school);
    }

    /** How many notices about {@code school} are in the director's inbox. */
    public int notices(School school) {
        return count("SELECT COUNT(*) FROM director_inbox WHERE school_id = ?", school);
    }

    private int count(String sql, School school) {
        Integer n = jdbc.queryForObject(sql, Integer.class, school.id().value());
        return n == null ? 0 : n;
    }
}
