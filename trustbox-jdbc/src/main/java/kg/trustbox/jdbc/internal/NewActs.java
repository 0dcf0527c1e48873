package kg.trustbox.jdbc.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.box.ActNumber;
import kg.trustbox.keys.EncryptedIdentity;
import kg.trustbox.school.SchoolId;

/**
 * What a transaction knows of an act it inserted itself, so that writing the act's appeals need
 * not read back what it just wrote: which lines have an identity (with its commitment) and which
 * appeals it added. Nothing else can add to the act before the transaction commits (another
 * transaction's rows would have to reference the uncommitted act line, and wait for it). Outside
 * a transaction nothing is known, and a purge forgets the act. Internal.
 */
public final class NewActs {
    /** The identities' commitments by line, and the appeals added, of an act inserted in this transaction. */
    public record Known(Map<Integer, String> commitments, Set<String> appeals) {
    }

    private NewActs() {
    }

    private static List<Object> key(SchoolId school, ActNumber act) {
        return List.of(NewActs.class, school, act);
    }

    /** Remembers that this transaction inserted {@code act} with the identities {@code rows}. */
    public static void inserted(Db db, SchoolId school, ActNumber act, List<AppellantIdentityTable.Row> rows) {
        db.remembered().ifPresent(known -> {
            Known k = new Known(new LinkedHashMap<>(), new HashSet<>());
            identified(k, rows);
            known.put(key(school, act), k);
        });
    }

    /** What this transaction knows of {@code act}: empty unless it inserted the act itself. */
    public static Optional<Known> known(Db db, SchoolId school, ActNumber act) {
        return db.remembered().map(known -> (Known) known.get(key(school, act)));
    }

    /** Adds identities written for the act's lines. */
    public static void identified(Known known, List<AppellantIdentityTable.Row> rows) {
        rows.forEach(row -> known.commitments().put(row.line(), EncryptedIdentity.commitment(row.ciphertext())));
    }

    /** Forgets {@code act}: what is known of it must be read again. */
    public static void forget(Db db, SchoolId school, ActNumber act) {
        db.remembered().ifPresent(known -> known.remove(key(school, act)));
    }
}
