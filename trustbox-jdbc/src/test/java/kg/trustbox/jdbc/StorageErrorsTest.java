package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.rule.Messages;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.school.SchoolId;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Database failures surface as the library's {@link StorageException}, without SQL or personal data. */
class StorageErrorsTest {
    private static final SchoolId SCHOOL = SchoolId.of("school-a");
    private static final String NAME = "Асанов Бакыт Жумабекович";

    private JdbiStores db;

    @BeforeEach
    void open() {
        db = H2.fresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Every message in the chain, to check none leaks. */
    private static String everyMessage(Throwable e) {
        List<String> out = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            out.add(String.valueOf(t.getMessage()));
            out.add(String.valueOf(t));
            for (Throwable s : t.getSuppressed()) {
                out.add(String.valueOf(s));
            }
        }
        return String.join("\n", out);
    }

    private static void assertLeaksNothing(StorageException e, String... secrets) {
        String all = everyMessage(e);
        assertThat(all).doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("insert into")
                .doesNotContainIgnoringCase("update trustbox").doesNotContainIgnoringCase("trustbox_");
        for (String secret : secrets) {
            assertThat(all).doesNotContain(secret);
        }
    }

    @Test
    @DisplayName("an unreachable database is storage.unavailable, named by the operation")
    void unreachable() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none?user=nobody&connectTimeout=2");
        JdbiStores down = JdbiStores.create(nowhere, Keys.TEST);
        StorageException e = catchThrowableOfType(StorageException.class, () -> down.stores().boxes().find(SCHOOL));
        assertThat(e.getMessage()).isEqualTo(Messages.format("storage.unavailable", Locale.ROOT, "read the box"));
        assertThat(e.getLocalizedMessage(Messages.KYRGYZ)).contains("read the box");
        assertLeaksNothing(e);
        StorageException inStep = catchThrowableOfType(StorageException.class,
                () -> down.stores().transactions().inTransaction(() -> kg.trustbox.outcome.Outcome.accepted(1)));
        assertThat(inStep.getMessage()).isEqualTo(Messages.format("storage.unavailable", Locale.ROOT, "begin a transaction"));
    }

    @Test
    @DisplayName("R-1.5.1 a registration number stored twice is storage.conflict, and nothing leaks")
    void conflict() {
        Appeal first = Appeal.withdrawn(SCHOOL, new Withdrawal(new ActNumber(2026, 1), 1, Fixtures.FIRST_TUESDAY_NOON),
                new Appellant.Signed(NAME, Appellant.Contacts.address("Бишкек")));
        Appeal second = Appeal.withdrawn(SCHOOL, new Withdrawal(new ActNumber(2026, 1), 2, Fixtures.FIRST_TUESDAY_NOON),
                Appellant.anonymous());
        kg.trustbox.contract.Samples.add(db.stores(), first);
        kg.trustbox.contract.Samples.add(db.stores(), second);
        Registration same = new Registration(new RegistrationNumber(2026, 1), Fixtures.FIRST_TUESDAY_NOON, Fixtures.RESPONSIBLE,
                Category.CORRUPTION, AppealLanguage.KYRGYZ, "Жашыруун мазмун " + NAME, Optional.empty());
        assertThat(db.stores().appeals().replace(first.register(same).orElseThrow())).isTrue();
        StorageException e = catchThrowableOfType(StorageException.class,
                () -> db.stores().appeals().replace(second.register(same).orElseThrow()));
        assertThat(e.getMessage()).isEqualTo(Messages.format("storage.conflict", Locale.ROOT, "store an appeal"));
        assertLeaksNothing(e, NAME, "Жашыруун");
        assertThat(db.stores().appeals().find(SCHOOL, second.id()).orElseThrow().registration()).isEmpty();
    }

    @Test
    @DisplayName("R-1.4 a summary too long for its column is storage.failed, and no name it holds appears in the exception")
    void too_long() {
        Appeal a = Appeal.withdrawn(SCHOOL, new Withdrawal(new ActNumber(2026, 1), 1, Fixtures.FIRST_TUESDAY_NOON),
                new Appellant.Signed(NAME, Appellant.Contacts.email("a@example.kg")));
        db.stores().boxes().saveAct(kg.trustbox.contract.Samples.act(SCHOOL, new ActNumber(2026, 1), Appellant.anonymous()));
        kg.trustbox.contract.Samples.add(db.stores(), a);
        // the store takes what it is given (the office validates first): 2,100 characters where the column holds 2,000
        Registration tooLong = new Registration(new RegistrationNumber(2026, 1), Fixtures.FIRST_TUESDAY_NOON, Fixtures.RESPONSIBLE,
                Category.CORRUPTION, AppealLanguage.KYRGYZ, (NAME + " ").repeat(2_100 / (NAME.length() + 1) + 1), Optional.empty());
        StorageException e = catchThrowableOfType(StorageException.class,
                () -> db.stores().appeals().replace(a.register(tooLong).orElseThrow()));
        assertThat(e.getMessage()).isEqualTo(Messages.format("storage.failed", Locale.ROOT, "store an appeal"));
        assertLeaksNothing(e, NAME, "a@example.kg");
        assertThat(db.stores().appeals().find(SCHOOL, a.id()).orElseThrow().registration()).isEmpty();
    }
}
