package kg.trustbox.store.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.store.Transactions;

/**
 * What every in-memory store shares: one lock that serialises transactions, and the undo log of
 * the transaction in progress, played back when it rolls back. Not API; thread-safe.
 */
final class Memory implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

    @Override
    public <T> Outcome<T> inTransaction(Supplier<Outcome<T>> step) {
        lock.lock();
        boolean outermost = undo.get() == null;
        if (outermost) {
            undo.set(new ArrayDeque<>());
        }
        boolean commit = false;
        try {
            Outcome<T> result = step.get();
            commit = result.isAccepted();
            return result;
        } finally {
            if (outermost) {
                Deque<Runnable> actions = undo.get();
                undo.remove();
                if (!commit) {
                    while (!actions.isEmpty()) {
                        actions.pop().run();
                    }
                }
            }
            lock.unlock();
        }
    }

    /** Runs a write under the lock, registering how to undo it. */
    <T> T write(Supplier<T> change, Runnable undoIt) {
        lock.lock();
        try {
            T result = change.get();
            Deque<Runnable> actions = undo.get();
            if (actions != null) {
                actions.push(undoIt);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read (or a read followed by writes) under the lock. */
    <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** Puts {@code value} under {@code key} in {@code map}, undoably. */
    <K, V> void put(Map<K, V> map, K key, V value) {
        read(() -> {
            V before = map.get(key);
            return write(() -> map.put(key, value), () -> {
                if (before == null) {
                    map.remove(key);
                } else {
                    map.put(key, before);
                }
            });
        });
    }
}
