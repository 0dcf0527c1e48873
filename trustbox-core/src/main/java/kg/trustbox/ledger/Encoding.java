package kg.trustbox.ledger;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.appellant.Appellant;

/**
 * The ledger's canonical encoding, version {@value #VERSION}: the bytes a record's digest is taken
 * of, defined here and nowhere else, independent of {@code toString}. Each value is one type byte
 * and its payload, all integers big-endian:
 * <ul>
 *   <li>{@code 'Z'} absent (a {@code null} or an empty {@code Optional}); {@code Optional.of(x)} is {@code x};</li>
 *   <li>{@code 'S'} text: length (int32) and UTF-8 bytes; an enum constant is its name as text;</li>
 *   <li>{@code 'N'} whole number (int64); {@code 'B'} flag (one byte, 0 or 1);</li>
 *   <li>{@code 'I'} instant: epoch seconds (int64), nanoseconds (int32); {@code 'D'} date: epoch day (int64);
 *       {@code 'T'} time of day: nanoseconds of the day (int64); a zone or a duration is its ISO text;</li>
 *   <li>{@code 'L'} list: count (int32) and the values in order; a set is a list sorted by the values' bytes;</li>
 *   <li>{@code 'M'} map: count (int32) and key, value pairs sorted by the keys' bytes;</li>
 *   <li>{@code 'R'} record: its simple class name as text, the number of components (int32), and each
 *       component as its name (text) and value, in declaration order; a component named
 *       {@code revision} (a store's version counter) is left out;</li>
 *   <li>{@code 'A'} appellant: only {@code SIGNED} or {@code ANONYMOUS} as text. A name or contact
 *       never enters a digest: a plain hash of a name is reversed by guessing names.</li>
 * </ul>
 * A record's digest ({@link #digest}) is SHA-256 of {@code "trustbox-ledger/1"} as text followed by
 * the record's encoding, in lower-case hex. Changing any of this changes every digest: the
 * known-answer tests pin it, and a new version gets a new number.
 */
public final class Encoding {
    /** The encoding's version. */
    public static final int VERSION = 1;
    private static final String DOMAIN = "trustbox-ledger/" + VERSION;

    private Encoding() {
    }

    /** The encoding of {@code value}. @throws IllegalArgumentException for a type the encoding does not define */
    public static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(out, value);
        return out.toByteArray();
    }

    /** SHA-256 of the domain and {@code value}'s encoding, in lower-case hex. */
    public static String digest(Object value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encode(DOMAIN));
            sha.update(encode(value));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static void write(ByteArrayOutputStream out, Object v) {
        if (v == null) {
            out.write('Z');
        } else if (v instanceof Optional<?> o) {
            write(out, o.orElse(null));
        } else if (v instanceof String s) {
            text(out, s);
        } else if (v instanceof Enum<?> e) {
            text(out, e.name());
        } else if (v instanceof Boolean b) {
            out.write('B');
            out.write(b ? 1 : 0);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            out.write('N');
            out.writeBytes(ByteBuffer.allocate(8).putLong(((Number) v).longValue()).array());
        } else if (v instanceof Instant i) {
            out.write('I');
            out.writeBytes(ByteBuffer.allocate(12).putLong(i.getEpochSecond()).putInt(i.getNano()).array());
        } else if (v instanceof LocalDate d) {
            out.write('D');
            out.writeBytes(ByteBuffer.allocate(8).putLong(d.toEpochDay()).array());
        } else if (v instanceof LocalTime t) {
            out.write('T');
            out.writeBytes(ByteBuffer.allocate(8).putLong(t.toNanoOfDay()).array());
        } else if (v instanceof ZoneId || v instanceof Duration) {
            text(out, v.toString());
        } else if (v instanceof Appellant a) {
            out.write('A');
            text(out, a instanceof Appellant.Signed ? "SIGNED" : "ANONYMOUS");
        } else if (v instanceof Set<?> s) {
            List<byte[]> items = new ArrayList<>();
            s.forEach(x -> items.add(encode(x)));
            items.sort(Arrays::compare);
            list(out, items);
        } else if (v instanceof Collection<?> c) {
            List<byte[]> items = new ArrayList<>();
            c.forEach(x -> items.add(encode(x)));
            list(out, items);
        } else if (v instanceof Map<?, ?> m) {
            List<byte[][]> pairs = new ArrayList<>();
            m.forEach((k, x) -> pairs.add(new byte[][] {encode(k), encode(x)}));
            pairs.sort((a, b) -> Arrays.compare(a[0], b[0]));
            out.write('M');
            out.writeBytes(ByteBuffer.allocate(4).putInt(pairs.size()).array());
            pairs.forEach(p -> {
                out.writeBytes(p[0]);
                out.writeBytes(p[1]);
            });
        } else if (v instanceof Record r) {
            record(out, r);
        } else {
            throw new IllegalArgumentException("the ledger's encoding defines no " + v.getClass().getName());
        }
    }

    private static void record(ByteArrayOutputStream out, Record r) {
        List<RecordComponent> components = Arrays.stream(r.getClass().getRecordComponents())
                .filter(c -> !c.getName().equals("revision")).toList();
        out.write('R');
        text(out, r.getClass().getSimpleName());
        out.writeBytes(ByteBuffer.allocate(4).putInt(components.size()).array());
        for (RecordComponent c : components) {
            text(out, c.getName());
            try {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                write(out, accessor.invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
            }
        }
    }

    private static void list(ByteArrayOutputStream out, List<byte[]> items) {
        out.write('L');
        out.writeBytes(ByteBuffer.allocate(4).putInt(items.size()).array());
        items.forEach(out::writeBytes);
    }

    private static void text(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write('S');
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }
}
