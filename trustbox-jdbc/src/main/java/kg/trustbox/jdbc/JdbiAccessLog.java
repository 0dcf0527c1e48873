package kg.trustbox.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kg.trustbox.access.AccessLog;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Subject;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.ChainedLog;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * {@link AccessLog} in {@code trustbox_access_record}, a {@link ChainedLog} per school with the
 * head in {@code trustbox_chain_head}. A record names an appeal of its school (foreign key).
 * Thread-safe.
 */
final class JdbiAccessLog implements AccessLog {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String RECORDS = SQL.locate(JdbiAccessLog.class, "records");
    static final String INSERT = SQL.locate(JdbiAccessLog.class, "insert");

    private final ChainedLog<AccessRecord> log;

    JdbiAccessLog(Db db) {
        this.log = new ChainedLog<>(db, "ACCESS", "the access log", INSERT, (insert, r) -> insert.bindMethods(r), RECORDS,
                (school, row) -> new AccessRecord(school, row.getColumn("seq", Long.class), row.getColumn("at_ns", Instant.class),
                        row.getColumn("official", PersonId.class), row.getColumn("appeal_id", AppealId.class),
                        row.getColumn("subject", Subject.class), row.getColumn("purpose", Purpose.class),
                        row.getColumn("allowed", Boolean.class), row.getColumn("previous_hash", String.class),
                        row.getColumn("record_hash", String.class)));
    }

    @Override
    public boolean append(AccessRecord r) {
        return log.append(r.school(), r);
    }

    @Override
    public List<AccessRecord> records(SchoolId school) {
        return log.entries(school);
    }

    @Override
    public Optional<Chain.Head> head(SchoolId school) {
        return log.head(school);
    }
}
