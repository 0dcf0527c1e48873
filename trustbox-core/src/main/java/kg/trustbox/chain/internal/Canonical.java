package kg.trustbox.chain.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;

/**
 * Builds the canonical text of a chained entry: one {@code name=value} line per field, in the
 * order added; instants in ISO-8601 UTC; absent values as empty; line breaks and backslashes in
 * values escaped. Defined once here so every store computes the same hashes. Not thread-safe.
 */
public final class Canonical {
    private final StringBuilder text = new StringBuilder();

    private Canonical() {
    }

    /** An empty canonical text. */
    public static Canonical of() {
        return new Canonical();
    }

    /** Adds a field. */
    public Canonical add(String name, Object value) {
        text.append(name).append('=').append(escape(render(value))).append('\n');
        return this;
    }

    private static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Optional<?> o) {
            return o.map(Canonical::render).orElse("");
        }
        if (value instanceof Instant i) {
            return DateTimeFormatter.ISO_INSTANT.format(i);
        }
        if (value instanceof Collection<?> c) {
            StringBuilder b = new StringBuilder();
            for (Object o : c) {
                if (b.length() > 0) {
                    b.append(',');
                }
                b.append(render(o).replace(",", "\\,"));
            }
            return b.toString();
        }
        return value.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
