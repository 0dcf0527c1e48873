package kg.trustbox.jdbc;

import java.sql.Types;
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
import kg.trustbox.jdbc.internal.Encodings;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link AccessLog} in {@code trustbox_access_record}, a {@link ChainedLog} per school with the
 * head in {@code trustbox_chain_head}. A record names an appeal of its school (foreign key).
 * Thread-safe.
 */
final class JdbiAccessLog implements AccessLog {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String RECORDS = SQL.locate(JdbiAccessLog.class, "records");
    static final String INSERT = SQL.locate(JdbiAccessLog.class, "insert");
    static final String RECORDS_FROM = SQL.locate(JdbiAccessLog.class, "records-from");

    private final ChainedLog<AccessRecord> log;

    JdbiAccessLog(Db db) {
        this.log = new ChainedLog<>(db, "ACCESS", "the access log", INSERT, JdbiAccessLog::bind, RECORDS, JdbiAccessLog::record);
    }

    private static void bind(Update insert, AccessRecord r) {
        insert.bindMethods(r);
        if (r.isSingle()) {
            insert.bindNull("appeals", Types.ARRAY).bindNull("withheld", Types.ARRAY);
        } else {
            insert.bindArray("appeals", AppealId.class, r.appeals()).bindArray("withheld", AppealId.class, r.withheld());
        }
    }

    private static AccessRecord record(SchoolId school, RowView row) {
        AppealId appeal = row.getColumn("appeal_id", AppealId.class);
        boolean allowed = row.getColumn("allowed", Boolean.class);
        List<AppealId> appeals = row.getColumn("appeals", Encodings.APPEALS);
        List<AppealId> withheld = row.getColumn("withheld", Encodings.APPEALS);
        return new AccessRecord(school, row.getColumn("seq", Long.class), row.getColumn("at_ns", Instant.class),
                row.getColumn("official", PersonId.class), appeals == null ? List.of(appeal) : appeals,
                row.getColumn("subject", Subject.class), row.getColumn("purpose", Purpose.class),
                withheld != null ? withheld : allowed ? List.of() : List.of(appeal),
                row.getColumn("previous_hash", String.class), row.getColumn("record_hash", String.class));
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
    public List<AccessRecord> recordsFrom(SchoolId school, long sequence) {
        return log.select(school, RECORDS_FROM, q -> q.bind("from", sequence));
    }

    @Override
    public Optional<Chain.Head> head(SchoolId school) {
        return log.head(school);
    }
}
