package kg.trustbox.jdbc;

import java.util.List;
import java.util.Optional;
import kg.trustbox.access.AccessLog;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Subject;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Sql;
import kg.trustbox.school.SchoolId;

/**
 * {@link AccessLog} in {@code trustbox_access_record}, hash-chained per school, with the head in
 * {@code trustbox_chain_head}. A record names an appeal of its school (foreign key). Thread-safe.
 */
final class JdbiAccessLog implements AccessLog {
    static final String RECORDS = "SELECT seq, at_ns, official, appeal_id, subject, purpose, allowed, previous_hash, record_hash"
            + " FROM trustbox_access_record WHERE school_id = ? ORDER BY seq";
    static final String INSERT = "INSERT INTO trustbox_access_record (school_id, seq, at_ns, official, appeal_id, subject, purpose,"
            + " allowed, previous_hash, record_hash) VALUES (" + Sql.marks(10) + ")";

    private final Db db;

    JdbiAccessLog(Db db) {
        this.db = db;
    }

    @Override
    public boolean append(AccessRecord r) {
        String school = r.school().value();
        return db.call("write the access log", (h, d) -> Heads.append(h, d, school, Heads.ACCESS, r, () ->
                Sql.update(h, INSERT, school, r.sequence(), Sql.nanos(r.at()), r.official().value(), r.appeal().value(),
                        r.subject().name(), r.purpose().name(), r.allowed(), r.previousHash(), r.hash())));
    }

    @Override
    public List<AccessRecord> records(SchoolId school) {
        return db.call("read the access log", (h, d) -> Sql.query(h, RECORDS, (rs, ctx) -> new AccessRecord(school,
                rs.getLong("seq"), Sql.instant(rs, "at_ns"), PersonId.of(rs.getString("official")),
                new AppealId(rs.getString("appeal_id")), Subject.valueOf(rs.getString("subject")),
                Purpose.valueOf(rs.getString("purpose")), rs.getBoolean("allowed"), rs.getString("previous_hash"),
                rs.getString("record_hash")), school.value()));
    }

    @Override
    public Optional<Chain.Head> head(SchoolId school) {
        return db.call("read the access log", (h, d) -> Heads.read(db, h, d, school.value(), Heads.ACCESS));
    }
}
