package kg.trustbox.contract;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The receipts contract in memory; what the stores hold is every value reachable from them. */
class InMemoryReceiptsTest extends ReceiptsContract {
    private Stores stores;

    @Override
    protected Stores newStores() {
        stores = InMemoryStores.create();
        return stores;
    }

    @Override
    protected List<String> stored() {
        List<String> out = new ArrayList<>();
        walk(stores, out, new IdentityHashMap<>());
        return out;
    }

    /** Every string, number and byte array reachable from {@code o}, through the library's objects and the collections they hold. */
    private static void walk(Object o, List<String> out, IdentityHashMap<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof byte[] b) {
            out.add(HexFormat.of().formatHex(b));
        } else if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                walk(k, out, seen);
                walk(v, out, seen);
            });
        } else if (o instanceof Collection<?> c) {
            c.forEach(x -> walk(x, out, seen));
        } else if (o instanceof Optional<?> opt) {
            opt.ifPresent(x -> walk(x, out, seen));
        } else if (o.getClass().getName().startsWith("kg.trustbox.") && !o.getClass().isHidden()) {
            for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        walk(f.get(o), out, seen);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        out.add(String.valueOf(o));
                    }
                }
            }
            out.add(String.valueOf(o));
        } else {
            out.add(String.valueOf(o));
        }
    }
}
