package kg.trustbox;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.PersonId;
import kg.trustbox.input.Limits;
import kg.trustbox.report.ComplianceCheck;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Finding;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.Rollups;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.input.PlainText;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports and oversight: the quarterly analytical report, the figures, and the
 * compliance check an inspector runs. Not API; thread-safe.
 */
final class Oversight {
    private static final Logger LOG = LoggerFactory.getLogger(Oversight.class);
    private final Desk desk;
    private final Appointments appointments;

    Oversight(Desk desk, Appointments appointments) {
        this.desk = desk;
        this.appointments = appointments;
    }

    private SchoolId school() {
        return desk.school().id();
    }

    Outcome<QuarterlyReport> prepare(Quarter quarter, String recurringProblems, PersonId preparedBy) {
        desk.inputs().require("report", new ReportText(recurringProblems));
        desk.inputs().require("preparedBy", preparedBy);
        LocalDate today = desk.today();
        return desk.step(() -> {
            Optional<Commission> c = appointments.on(today);
            if (c.flatMap(Commission::responsiblePerson).filter(r -> r.person().equals(preparedBy)).isEmpty()) {
                return Outcome.rejected(Rule.R_5_5, "report.notResponsible", preparedBy);
            }
            if (!today.isAfter(quarter.last())) {
                return Outcome.rejected(Rule.R_5_5, "report.quarterNotOver", quarter, quarter.last());
            }
            if (desk.stores().reports().find(school(), quarter).isPresent()) {
                return Outcome.rejected(Rule.R_5_5, "report.exists", quarter);
            }
            // the previous quarter as its own report showed it, so that its figures read the same in both
            Figures previous = desk.stores().reports().find(school(), quarter.previous()).map(QuarterlyReport::current)
                    .orElseGet(() -> figures(quarter.previous(), today));
            QuarterlyReport report = new QuarterlyReport(school(), quarter, figures(quarter, today), previous, recurringProblems,
                    preparedBy, today, Optional.empty());
            desk.stores().reports().save(report);
            if (!report.wasOnTime()) {
                LOG.warn("school {}: quarterly report {} prepared after its due date {}", school(), quarter, quarter.reportDue());
            }
            LOG.debug("school {}: quarterly report {} prepared", school(), quarter);
            return Outcome.accepted(report);
        });
    }

    /** The report's free text: no control characters, bounded. */
    private record ReportText(@NotNull @Size(max = 4000) @PlainText(multiline = true) String recurringProblems) {
    }

    Figures figures(Quarter quarter, LocalDate asOf) {
        Limits.day("asOf", asOf);
        Stores s = desk.stores();
        return Rollups.perSchool(s.appeals(), s.journal(), s.commissions(), s.boxes(), s.ledger())
                .rollup(quarter, asOf, desk.regulation().schedule(), desk.regulation().deadlines(), List.of(desk.school())).total();
    }

    Optional<QuarterlyReport> report(Quarter quarter) {
        return desk.stores().reports().find(school(), quarter);
    }

    List<Finding> complianceCheck(LocalDate from, LocalDate to, Openings openings, Confidentiality confidentiality) {
        Limits.period(from, to);
        Regulation r = desk.regulation();
        ComplianceCheck check = new ComplianceCheck(desk.school(), r.schedule(), r.deadlines(), r.meetingsPerHalfYear());
        Stores s = desk.stores();
        return check.run(new ComplianceCheck.Evidence(s.commissions().history(school()), openings.box(), openings.journal(),
                openings.verifyJournal(), confidentiality.verifyAccessLog(), s.appeals().list(school()), s.meetings().list(school()),
                s.reports().list(school())), from, to, desk.today());
    }
}
