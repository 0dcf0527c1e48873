package kg.trustbox.store.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Declarations;
import kg.trustbox.school.SchoolId;

/** {@link Declarations} in memory, oldest order first. Not API; thread-safe through {@link Memory}. */
final class MemoryDeclarations implements Declarations {
    private static final Comparator<Declaration> ORDER = Comparator.comparing((Declaration d) -> d.order().date())
            .thenComparing(d -> d.order().number()).thenComparing(d -> d.person().value()).thenComparing(Declaration::role).thenComparing(Declaration::kind);

    private final Memory memory;
    private final Map<SchoolId, List<Declaration>> declarations = new HashMap<>();

    MemoryDeclarations(Memory memory) {
        this.memory = memory;
    }

    @Override
    public boolean add(SchoolId school, Declaration declaration) {
        return memory.read(() -> {
            List<Declaration> before = List.copyOf(declarations.getOrDefault(school, List.of()));
            if (before.contains(declaration)) {
                return false;
            }
            return memory.write(() -> {
                List<Declaration> list = new ArrayList<>(before);
                list.add(declaration);
                list.sort(ORDER);
                declarations.put(school, list);
                return true;
            }, () -> declarations.put(school, before));
        });
    }

    @Override
    public List<Declaration> list(SchoolId school) {
        return memory.read(() -> List.copyOf(declarations.getOrDefault(school, List.of())));
    }
}
