package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import kg.trustbox.OpeningResult;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Status;
import kg.trustbox.box.Seal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An opening large enough that its rows do not fit one statement: on PostgreSQL the act's lines,
 * identities, appeals, ledger entries and the registration are written as statements of many
 * rows, in chunks of at most 30,000 parameters (1,153 appeals a chunk for the registration's 26
 * columns); on H2 as batches. Every row must arrive once, in its chunk, and the records verify.
 */
abstract class ManyRowsContract {
    /** Fresh, migrated, empty stores. */
    abstract JdbiStores open();

    @Test
    @DisplayName("R-4.3, R-4.4, R-6.2 an opening of 2,400 papers and their registration span several many-row statements")
    void openingOfManyPapers() {
        Scenario school = new Scenario(open().stores(), "school-many").ready();
        int papers = 2_400;
        OpeningResult opened = school.open(Scenario.papers(papers));
        school.clock.advance(Duration.ofMinutes(30));
        school.office.seal(Seal.of("S-1")).orElseThrow();
        Map<AppealId, RegistrationRequest> batch = new LinkedHashMap<>();
        opened.appeals().forEach(id -> batch.put(id, Scenario.registration()));
        assertThat(school.office.registerAll(batch).orElseThrow()).hasSize(papers);

        assertThat(opened.appeals()).hasSize(papers).doesNotHaveDuplicates();
        for (AppealId id : java.util.List.of(opened.appeals().get(0), opened.appeals().get(1152), opened.appeals().get(1153),
                opened.appeals().get(papers - 1))) {
            assertThat(school.office.tracking(id).status()).as("%s", id).isEqualTo(Status.REGISTERED);
        }
        assertThat(school.office.tracking(opened.appeals().get(papers - 1)).number().orElseThrow().sequence()).isEqualTo(papers);
        assertThat(school.office.verifyRecords().discrepancies()).as("every record against its ledger entry").isEmpty();
        assertThat(school.office.verifyJournal().isIntact()).isTrue();
    }
}
