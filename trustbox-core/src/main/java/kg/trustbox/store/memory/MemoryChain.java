package kg.trustbox.store.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kg.trustbox.chain.Chain;
import kg.trustbox.chain.Linked;
import kg.trustbox.school.SchoolId;

/**
 * One hash-chained, append-only log per school in memory, with its head kept apart: the opening
 * journal and the access log alike. Not API; thread-safe through {@link Memory}.
 *
 * @param <E> the entries
 */
final class MemoryChain<E extends Linked> {
    private final Memory memory;
    private final Function<E, SchoolId> schoolOf;
    private final Function<E, Chain.Head> headAfter;
    private final Map<SchoolId, List<E>> entries = new HashMap<>();
    private final Map<SchoolId, Chain.Head> heads = new HashMap<>();

    MemoryChain(Memory memory, Function<E, SchoolId> schoolOf, Function<E, Chain.Head> headAfter) {
        this.memory = memory;
        this.schoolOf = schoolOf;
        this.headAfter = headAfter;
    }

    /** Appends {@code entry} if it follows the head; false, changing nothing, otherwise. */
    boolean append(E entry) {
        SchoolId school = schoolOf.apply(entry);
        return memory.read(() -> {
            Chain.Head head = heads.getOrDefault(school, new Chain.Head(0, Chain.GENESIS));
            if (entry.sequence() != head.sequence() + 1 || !entry.previousHash().equals(head.hash())) {
                return false;
            }
            List<E> list = entries.computeIfAbsent(school, k -> new ArrayList<>());
            return memory.write(() -> {
                list.add(entry);
                heads.put(school, headAfter.apply(entry));
                return true;
            }, () -> {
                list.remove(list.size() - 1);
                if (head.sequence() == 0) {
                    heads.remove(school);
                } else {
                    heads.put(school, head);
                }
            });
        });
    }

    List<E> entries(SchoolId school) {
        return memory.read(() -> List.copyOf(entries.getOrDefault(school, List.of())));
    }

    /** The school's entries from {@code sequence} on: entry n is at index n - 1, so nothing before it is copied. */
    List<E> from(SchoolId school, long sequence) {
        return memory.read(() -> {
            List<E> all = entries.getOrDefault(school, List.of());
            int first = (int) Math.min(all.size(), Math.max(0, sequence - 1));
            return List.copyOf(all.subList(first, all.size()));
        });
    }

    Optional<Chain.Head> head(SchoolId school) {
        return memory.read(() -> Optional.ofNullable(heads.get(school)));
    }
}
