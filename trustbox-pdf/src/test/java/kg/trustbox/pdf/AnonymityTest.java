package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kg.trustbox.access.Official;
import kg.trustbox.access.Role;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.document.JournalView;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.report.Quarter;
import kg.trustbox.school.Language;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import kg.trustbox.testing.YearOfActivity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("R-3.2 anonymous appeals and corruption reporters leave no trace in the journal and the report")
class AnonymityTest {

    @ParameterizedTest(name = "R-3.2 R-6.1 the journal and the quarterly report in {0} carry no appellant's name or contact")
    @EnumSource(Language.class)
    void sampleJournalAndReport(Language language) {
        String act = Pdfs.flat(Pdfs.render(SampleViews.act(language)));
        String journal = Pdfs.flat(Pdfs.render(SampleViews.journal(language)));
        String report = Pdfs.flat(Pdfs.render(SampleViews.report(language)));

        // the same opening's act does show the signed appellants: the check below can fail
        assertThat(act).contains(SampleViews.SIGNED_NAME, SampleViews.REPORTER_NAME, SampleViews.REPORTER_EMAIL);
        for (String personal : SampleViews.APPELLANT_DATA) {
            assertThat(journal).as("journal").doesNotContain(personal);
            assertThat(report).as("report").doesNotContain(personal);
        }
    }

    @Test
    @DisplayName("R-3.2 R-1.4 a year played through the core: journal and reports built by the core and rendered hold no appellant data")
    void yearFromTheDomain() {
        Harness h = Harness.inMemory().ready();
        YearOfActivity.play(h, Set.of(), 7L);
        // YearOfActivity's signed appellants are "Ата-эне <week>-<i>" with Fixtures.signed's return address
        String address = ((Appellant.Signed) Fixtures.signed("x")).contacts().returnAddress().orElseThrow();

        JournalView journal = h.office.documents().journal(YearOfActivity.FROM, YearOfActivity.TO, Language.KYRGYZ);
        QuarterlyReportView report = h.office.documents().quarterlyReport(new Quarter(2027, 3), Language.RUSSIAN);
        byte[] journalPdf = Pdfs.render(journal, "Journal-domain-ky");
        byte[] reportPdf = Pdfs.render(report, "QuarterlyReport-domain-ru");
        String text = Pdfs.flat(journalPdf) + "\n" + Pdfs.flat(reportPdf);

        assertThat(journal.rows()).hasSizeGreaterThan(40);
        assertThat(report.current().signed()).as("the quarter had signed appeals").isPositive();
        assertThat(text).doesNotContainPattern("Ата-эне \\d").doesNotContain(address).doesNotContain("Ленин");
        assertThat(Pdfs.pdfaFailures(journalPdf)).isEmpty();
        assertThat(Pdfs.pdfaFailures(reportPdf)).isEmpty();

        // positive control: the year's acts, read by an authorised official, do name their signed authors
        Official chair = Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER);
        List<ActNumber> acts = h.office.documents().actNumbers(2027);
        long actsNamingSomeone = acts.stream()
                .map(n -> h.office.documents().withdrawalAct(n, Language.KYRGYZ, chair).orElseThrow())
                .filter(v -> v.lines().stream().anyMatch(l -> l.fromWhom().isPresent()))
                .limit(3)
                .filter(v -> Pdfs.flat(Pdfs.render(v)).matches(".*Ата-эне \\d+-\\d.*"))
                .count();
        assertThat(actsNamingSomeone).isEqualTo(3);
    }
}
