package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import kg.trustbox.OpeningResult;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.outcome.Rejection;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many clerks at once on one PostgreSQL: numbers stay consecutive, a box opens once. */
class PostgresConcurrencyTest {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    private static <T> List<T> run(int threads, java.util.function.IntFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.apply(thread);
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R-1.5.1, R-4.4 16 threads x 1,000 registration numbers across 10 schools: no duplicate, no gap, nothing lost")
    void registration_numbers_under_load() throws Exception {
        Stores stores = PG.fresh().stores();
        int threads = 16;
        int perThread = 1000;
        List<SchoolId> schools = IntStream.range(0, 10).mapToObj(i -> SchoolId.of("school-" + i)).toList();
        Map<SchoolId, List<Integer>> committed = new ConcurrentHashMap<>();
        schools.forEach(s -> committed.put(s, Collections.synchronizedList(new ArrayList<>())));
        List<Integer> rolledBack = run(threads, thread -> {
            int rejected = 0;
            for (int i = 0; i < perThread; i++) {
                SchoolId school = schools.get((thread + i) % schools.size());
                boolean keep = (i % 10) != 9; // every tenth step is refused and rolls back its number
                Outcome<RegistrationNumber> o = stores.transactions().inTransaction(() -> {
                    RegistrationNumber n = stores.appeals().nextRegistrationNumber(school, 2026);
                    return keep ? Outcome.accepted(n) : Outcome.rejected(Rule.R_4_4, "appeal.concurrent", "x");
                });
                if (o instanceof Outcome.Accepted<RegistrationNumber> a) {
                    committed.get(school).add(a.value().sequence());
                } else {
                    rejected++;
                }
            }
            return rejected;
        });
        int total = 0;
        for (SchoolId school : schools) {
            List<Integer> numbers = new ArrayList<>(committed.get(school));
            Collections.sort(numbers);
            assertThat(numbers).as(school.value()).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
            // the next number follows the last committed one: nothing was taken and lost
            assertThat(stores.appeals().nextRegistrationNumber(school, 2026).sequence()).isEqualTo(numbers.size() + 1);
            total += numbers.size();
        }
        assertThat(total + rolledBack.stream().mapToInt(Integer::intValue).sum()).isEqualTo(threads * perThread);
        assertThat(total).isEqualTo(threads * perThread * 9 / 10);
    }

    @Test
    @DisplayName("R-4.4, R-1.5.1 8 clerks registering 200 appeals of one school at once get numbers 1 to 200")
    void registrations_through_the_office() throws Exception {
        Stores stores = PG.fresh().stores();
        Scenario school = new Scenario(stores, "school-r").ready();
        OpeningResult opened = school.open(Scenario.papers(200));
        List<AppealId> ids = opened.appeals();
        int threads = 8;
        run(threads, thread -> {
            TrustBoxOffice clerk = TrustBoxOffice.of(school.office.school(), stores, school.clock);
            for (int i = thread; i < ids.size(); i += threads) {
                clerk.register(ids.get(i), Scenario.registration()).orElseThrow();
            }
            return null;
        });
        List<Integer> numbers = school.office.appeals().stream().map(AppealTracking::number)
                .map(n -> n.orElseThrow().sequence()).sorted().toList();
        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, 200).boxed().toList());
    }

    @Test
    @DisplayName("R-4.5 8 commissions opening the same box at once: exactly one opens it, the others are refused by the rule")
    void one_opening_of_one_box() throws Exception {
        Stores stores = PG.fresh().stores();
        Scenario school = new Scenario(stores, "school-o").ready();
        List<Outcome<OpeningResult>> outcomes = run(8, thread -> {
            TrustBoxOffice clerk = TrustBoxOffice.of(school.office.school(), stores, school.clock);
            return clerk.open(school.opening(Scenario.papers(2)));
        });
        assertThat(outcomes).filteredOn(Outcome::isAccepted).hasSize(1);
        List<Rejection> rejections = outcomes.stream().flatMap(o -> o.rejectionIfAny().stream()).toList();
        assertThat(rejections).hasSize(7).allSatisfy(r -> assertThat(r.rule()).isEqualTo(Rule.R_4_5));
        assertThat(school.office.box().orElseThrow()).isInstanceOf(OpenedBox.class);
        assertThat(school.office.appeals()).hasSize(2);
        assertThat(stores.boxes().nextActNumber(SchoolId.of("school-o"), 2026).sequence()).isEqualTo(2);
    }
}
