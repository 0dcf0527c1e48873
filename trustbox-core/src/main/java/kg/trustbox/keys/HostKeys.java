package kg.trustbox.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import kg.trustbox.outcome.KeyException;

/**
 * The default {@link KeyProvider}: AES-256 host keys held in memory, read from a key file, from
 * the environment variable {@value #VARIABLE} or from text. Keys are written {@code id:base64},
 * one per line in a file or separated by commas in a variable; the first is current, the others
 * still unwrap what they wrapped before (rotation: {@link #addKey}, rewrap, {@link #removeKey}).
 *
 * <pre>{@code
 * HostKeys keys = HostKeys.fromFile(Path.of("/etc/trustbox/keys"));   // owner-only, chmod 600
 * HostKeys keys = HostKeys.fromEnvironment();                          // TRUSTBOX_KEYS=k1:...
 * }</pre>
 *
 * <p>Thread-safe and immutable. {@link #toString()} names the key ids only.
 */
public final class HostKeys implements KeyProvider {
    /** The environment variable {@link #fromEnvironment()} reads. */
    public static final String VARIABLE = "TRUSTBOX_KEYS";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final String current;
    private final Map<String, SecretKey> keys;

    private HostKeys(Map<String, SecretKey> keys) {
        this.keys = Map.copyOf(keys);
        this.current = keys.keySet().iterator().next();
    }

    /**
     * Keys written as text: {@code id:base64} entries separated by commas, spaces or line breaks,
     * the current one first.
     *
     * @param source where the text comes from, named in errors (never the text itself)
     * @throws KeyException {@code keys.missing} for no entry, {@code keys.malformed} for a bad one
     */
    public static HostKeys of(String entries, String source) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(source, "source");
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        int n = 0;
        for (String entry : entries.strip().split("[\\s,]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            n++;
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon);
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                key = new byte[0];
            }
            if (!ID.matcher(id).matches() || key.length != Gcm.KEY_BYTES || keys.containsKey(id)) {
                throw new KeyException("keys.malformed", null, source, n);
            }
            keys.put(id, Gcm.aes(key));
        }
        if (keys.isEmpty()) {
            throw new KeyException("keys.missing", null, source);
        }
        return new HostKeys(keys);
    }

    /** The keys in the environment variable {@value #VARIABLE}. */
    public static HostKeys fromEnvironment() {
        String value = System.getenv(VARIABLE);
        if (value == null || value.isBlank()) {
            throw new KeyException("keys.missing", null, VARIABLE);
        }
        return of(value, VARIABLE);
    }

    /**
     * The keys in {@code file}: one {@code id:base64} per line, the current one first; lines
     * starting with {@code #} are comments. On a POSIX file system the file must be readable by
     * its owner only.
     *
     * @throws KeyException {@code keys.unreadable}, {@code keys.exposed}, {@code keys.malformed}
     */
    public static HostKeys fromFile(Path file) {
        return of(String.join("\n", entries(file)), file.toString());
    }

    /**
     * Creates {@code file} with one new random key, readable by its owner only, and returns its
     * keys. Never overwrites: back the file up apart from the database.
     *
     * @throws KeyException {@code keys.exists} if the file exists
     */
    public static HostKeys createFile(Path file) {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file)) {
            throw new KeyException("keys.exists", null, file.toString());
        }
        write(file, List.of(newEntry()), false);
        return fromFile(file);
    }

    /**
     * Adds a new random key at the top of {@code file}, where it becomes current; the others stay
     * to unwrap what they wrapped. The first step of a rotation.
     *
     * @return the new key's id
     */
    public static String addKey(Path file) {
        List<String> lines = new ArrayList<>(entries(file));
        String entry = newEntry();
        lines.add(0, entry);
        write(file, lines, true);
        return entry.substring(0, entry.indexOf(':'));
    }

    /**
     * Removes the key {@code keyId} from {@code file}, the last step of a rotation, once nothing
     * is wrapped with it any more: identities purged before can then not be decrypted, even
     * from an old backup of the database. Does nothing if the file has no such key.
     *
     * @throws KeyException {@code keys.current} for the current key
     */
    public static void removeKey(Path file, String keyId) {
        HostKeys keys = fromFile(file);
        if (keys.current.equals(keyId)) {
            throw new KeyException("keys.current", null, keyId);
        }
        List<String> kept = entries(file).stream().filter(e -> !e.startsWith(keyId + ":")).toList();
        write(file, kept, true);
    }

    /**
     * One new random key held in memory only: for tests and in-memory databases, whose identities
     * become unreadable when the process ends.
     */
    public static HostKeys generate() {
        String entry = newEntry();
        return of(entry, "a generated key");
    }

    /** The ids of the keys held, the current one first. */
    public List<String> keyIds() {
        List<String> ids = new ArrayList<>();
        ids.add(current);
        keys.keySet().stream().filter(id -> !id.equals(current)).sorted().forEach(ids::add);
        return List.copyOf(ids);
    }

    @Override
    public String currentKeyId() {
        return current;
    }

    @Override
    public WrappedKey wrap(byte[] dataKey) {
        return new WrappedKey(current, Gcm.seal(keys.get(current), dataKey, associated(current)));
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped) {
        SecretKey key = keys.get(wrapped.keyId());
        if (key == null) {
            throw new KeyException("keys.unknown", null, wrapped.keyId());
        }
        try {
            return Gcm.open(key, wrapped.bytes(), associated(wrapped.keyId()));
        } catch (AEADBadTagException e) {
            throw new KeyException("keys.refused", null, wrapped.keyId());
        }
    }

    /** Names the key ids, never the keys. */
    @Override
    public String toString() {
        return "HostKeys" + keyIds();
    }

    private static String associated(String keyId) {
        return "trustbox data key/" + keyId;
    }

    private static String newEntry() {
        byte[] key = Gcm.newKey();
        String id = "k-" + HexFormat.of().formatHex(Gcm.newKey(), 0, 4);
        String entry = id + ":" + Base64.getEncoder().encodeToString(key);
        java.util.Arrays.fill(key, (byte) 0);
        return entry;
    }

    private static List<String> entries(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
                if (permissions.stream().anyMatch(p -> !OWNER_ONLY.contains(p) && p != PosixFilePermission.OWNER_EXECUTE)) {
                    throw new KeyException("keys.exposed", null, file.toString());
                }
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new KeyException("keys.unreadable", null, file.toString());
        }
    }

    private static void write(Path file, List<String> entries, boolean replace) {
        Path dir = file.toAbsolutePath().getParent();
        String text = "# trustbox host keys: id:base64, the current key first; keep apart from the database's backups\n"
                + String.join("\n", entries) + "\n";
        try {
            Path tmp = Files.createTempFile(dir, ".trustbox-keys", ".tmp");
            try {
                if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
                    Files.setPosixFilePermissions(tmp, OWNER_ONLY);
                }
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                if (replace) {
                    try {
                        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                } else {
                    Files.move(tmp, file);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new KeyException("keys.exists", null, file.toString());
        } catch (IOException e) {
            throw new KeyException("keys.unwritable", null, file.toString());
        }
    }
}
