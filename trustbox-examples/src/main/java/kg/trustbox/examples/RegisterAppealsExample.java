package kg.trustbox.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import kg.trustbox.OpeningResult;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.Vote;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.school.School;

/**
 * Example: register the appeals of one Tuesday opening against your own {@link DataSource}.
 * A school system that has its own database migrates trustbox's tables beside its own, opens
 * the box, seals it and registers what was found, each step one transaction.
 */
public final class RegisterAppealsExample {
    private RegisterAppealsExample() {
    }

    /**
     * Runs the example on {@code dataSource}; returns the registered appeals.
     *
     * @param keys the host keys that protect appellants' identities: {@code HostKeys.fromFile(...)},
     *     {@code HostKeys.fromEnvironment()} or your KMS behind {@code KeyProvider}
     */
    public static List<AppealTracking> run(DataSource dataSource, KeyProvider keys) {
        JdbiStores.migrate(dataSource, keys);                             // 1. the library's tables, its own history table
        JdbiStores stores = JdbiStores.create(dataSource, keys);
        School school = DemoSchool.school();
        // 2. a clock at Tuesday 1 September 2026, 12:10 in Bishkek (your system passes Clock.systemUTC())
        Clock tuesdayNoon = Clock.fixed(LocalDateTime.of(2026, 9, 1, 12, 10).atZone(school.zone()).toInstant(), ZoneOffset.UTC);
        TrustBoxOffice office = TrustBoxOffice.of(school, stores.stores(), tuesdayNoon);

        if (office.commission().isEmpty()) {                              // 3. once: the commission and the box
            office.appointCommission(DemoSchool.COMMISSION_ORDER, DemoSchool.members()).orElseThrow();
            office.appointResponsiblePerson(DemoSchool.RESPONSIBLE, DemoSchool.RESPONSIBLE_ORDER).orElseThrow();
            List<Vote> chair = DemoSchool.members().stream().map(m -> new Vote(m.id(), DemoSchool.CHAIR)).toList();
            List<Vote> secretary = DemoSchool.members().stream().map(m -> new Vote(m.id(), DemoSchool.SECRETARY)).toList();
            office.electOfficers(new Election(LocalDate.of(2026, 8, 27), chair, secretary)).orElseThrow();
            office.installBox(Seal.of("EX-0001")).orElseThrow();
        }

        OpeningResult opened = office.open(OpeningRequest.of(            // 4. Tuesday 12:00: open, withdraw, act
                List.of(DemoSchool.CHAIR, DemoSchool.SECRETARY, DemoSchool.PARENT),
                Inspection.inOrder(Seal.of("EX-0001")),
                List.of(Paper.from(new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.address("Бишкек ш., Ахунбаев көч., 1"))),
                        Paper.from(Appellant.anonymous())))).orElseThrow();
        office.seal(Seal.of("EX-0002")).orElseThrow();                    // 5. sealed again, journal written

        for (AppealId id : opened.appeals()) {                            // 6. register each appeal
            office.register(id, RegistrationRequest.of(DemoSchool.RESPONSIBLE, Category.CHILD_RIGHTS, AppealLanguage.KYRGYZ,
                    "Баланын укугу бузулгандыгы тууралуу")).orElseThrow();
        }
        return opened.appeals().stream().map(office::tracking).toList();
    }

    public static void main(String[] args) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:mem:register-example;DB_CLOSE_DELAY=-1");
        // an in-memory database: a generated key, gone with the process like the data; a real system reads
        // HostKeys.fromFile(...) or HostKeys.fromEnvironment(), or implements KeyProvider over its KMS
        run(ds, kg.trustbox.keys.HostKeys.generate()).forEach(t -> System.out.println(t.number().orElseThrow() + " " + t.category().orElseThrow() + " due " + t.due().orElseThrow()));
    }
}
