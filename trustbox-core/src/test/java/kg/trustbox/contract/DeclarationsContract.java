package kg.trustbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Declarations;
import kg.trustbox.access.Role;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link Declarations} port's contract, for every store: declarations kept once, in order, per school. */
public abstract class DeclarationsContract {
    private static final Declaration DIRECTOR = new Declaration(PersonId.of("d-1"), Role.DIRECTOR,
            new Order("12-к", LocalDate.of(2026, 8, 3)));
    private static final Declaration AUDITOR = new Declaration(PersonId.of("a-1"), Role.AUDITOR,
            new Order("3/2026", LocalDate.of(2026, 1, 15)));
    private static final Declaration NEXT_DIRECTOR = new Declaration(PersonId.of("d-2"), Role.DIRECTOR,
            new Order("99-к", LocalDate.of(2027, 6, 30)));
    private static int schools;

    private Declarations declarations;
    private SchoolId school;
    private SchoolId other;

    /** Fresh stores of the implementation under test. */
    protected abstract Stores newStores();

    @BeforeEach
    void fresh() {
        declarations = newStores().declarations();
        school = SchoolId.of("decl-" + (++schools));
        other = SchoolId.of("decl-other-" + schools);
    }

    @Test
    @DisplayName("R-6.1 declarations read back exactly, oldest order first; the same one is recorded once")
    void round_trip() {
        assertThat(declarations.list(school)).isEmpty();
        assertThat(declarations.add(school, NEXT_DIRECTOR)).isTrue();
        assertThat(declarations.add(school, DIRECTOR)).isTrue();
        assertThat(declarations.add(school, AUDITOR)).isTrue();
        assertThat(declarations.add(school, DIRECTOR)).isFalse();
        assertThat(declarations.list(school)).containsExactly(AUDITOR, DIRECTOR, NEXT_DIRECTOR);
    }

    @Test
    @DisplayName("R-6.1 a dismissal reads back as a dismissal, beside the appointment by the same order")
    void dismissal() {
        Declaration out = Declaration.dismissal(AUDITOR.person(), Role.AUDITOR, new Order("3/2026", LocalDate.of(2026, 1, 15)));
        assertThat(declarations.add(school, AUDITOR)).isTrue();
        assertThat(declarations.add(school, out)).isTrue();
        assertThat(declarations.add(school, out)).isFalse();
        assertThat(declarations.list(school)).containsExactly(AUDITOR, out);
        assertThat(declarations.list(school).get(1).kind()).isEqualTo(Declaration.Kind.DISMISSAL);
    }

    @Test
    @DisplayName("R-6.1 one school's declarations are not another's")
    void schools_apart() {
        declarations.add(school, DIRECTOR);
        assertThat(declarations.list(other)).isEmpty();
        assertThat(declarations.add(other, DIRECTOR)).isTrue();
        assertThat(declarations.list(other)).containsExactly(DIRECTOR);
    }
}
