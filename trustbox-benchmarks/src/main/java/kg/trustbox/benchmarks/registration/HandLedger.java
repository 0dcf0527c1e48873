package kg.trustbox.benchmarks.registration;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.chain.Chain;
import kg.trustbox.ledger.LedgerEntry;
import kg.trustbox.school.SchoolId;

/**
 * The school's ledger written by hand with JDBC, for the registration baselines: entries go into
 * {@code trustbox_ledger_entry}, chained from the head in {@code trustbox_chain_head} (chain {@code LEDGER}). Each
 * entry's hash is {@link LedgerEntry#next}'s, the library's public definition of the chain (a hand-made copy of its
 * encoding would have to match it byte for byte; calling it is the same work and keeps the baselines honest). Not
 * thread-safe; stateless apart from its connection's transaction.
 */
final class HandLedger {
    /** One entry to write: the record's kind, key and digest. */
    record Entry(LedgerEntry.Kind kind, String key, String digest) {
    }

    private HandLedger() {
    }

    /**
     * Appends {@code entries} in one go, in the caller's transaction: locks the head ({@code SELECT … FOR UPDATE}, or
     * creates it for a new chain), writes every entry (PostgreSQL: one {@code INSERT … SELECT FROM UNNEST}; H2: one
     * batch) and moves the head once.
     *
     * @return the head after the last entry
     */
    static Chain.Head append(Connection c, boolean postgres, SchoolId school, Instant at, List<Entry> entries) throws SQLException {
        Chain.Head head = null;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT seq, head_hash FROM trustbox_chain_head WHERE school_id = ? AND chain = 'LEDGER' FOR UPDATE")) {
            s.setString(1, school.value());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    head = new Chain.Head(rs.getLong(1), rs.getString(2));
                }
            }
        }
        boolean newChain = head == null;
        Chain.Head last = newChain ? Chain.Head.START : head;
        List<LedgerEntry> chained = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            LedgerEntry entry = LedgerEntry.next(school, last, at, e.kind(), e.key(), e.digest());
            chained.add(entry);
            last = new Chain.Head(entry.sequence(), entry.hash());
        }
        insert(c, postgres, school, at, chained);
        try (PreparedStatement s = c.prepareStatement(newChain
                ? "INSERT INTO trustbox_chain_head (seq, head_hash, school_id, chain) VALUES (?, ?, ?, 'LEDGER')"
                : "UPDATE trustbox_chain_head SET seq = ?, head_hash = ? WHERE school_id = ? AND chain = 'LEDGER'")) {
            s.setLong(1, last.sequence());
            s.setString(2, last.hash());
            s.setString(3, school.value());
            s.executeUpdate();
        }
        return last;
    }

    /** Writes already chained entries, without touching the head (the floor keeps its head in memory). */
    static void insert(Connection c, boolean postgres, SchoolId school, Instant at, List<LedgerEntry> entries) throws SQLException {
        long atNs = Nanos.of(at);
        if (postgres) {
            int n = entries.size();
            Long[] seq = new Long[n];
            String[] kind = new String[n];
            String[] key = new String[n];
            String[] digest = new String[n];
            String[] previous = new String[n];
            String[] hash = new String[n];
            for (int i = 0; i < n; i++) {
                LedgerEntry e = entries.get(i);
                seq[i] = e.sequence();
                kind[i] = e.kind().name();
                key[i] = e.key();
                digest[i] = e.digest();
                previous[i] = e.previousHash();
                hash[i] = e.hash();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_ledger_entry (school_id, seq, at_ns, kind, record_key,"
                    + " digest, previous_hash, entry_hash) SELECT ?, u.seq, ?, u.kind, u.record_key, u.digest, u.previous_hash, u.entry_hash"
                    + " FROM UNNEST(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])"
                    + " AS u(seq, kind, record_key, digest, previous_hash, entry_hash)")) {
                s.setString(1, school.value());
                s.setLong(2, atNs);
                Array[] arrays = {c.createArrayOf("bigint", seq), c.createArrayOf("varchar", kind), c.createArrayOf("varchar", key),
                    c.createArrayOf("varchar", digest), c.createArrayOf("varchar", previous), c.createArrayOf("varchar", hash)};
                for (int i = 0; i < arrays.length; i++) {
                    s.setArray(3 + i, arrays[i]);
                }
                s.executeUpdate();
            }
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_ledger_entry (school_id, seq, at_ns, kind, record_key, digest,"
                + " previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LedgerEntry e : entries) {
                s.setString(1, school.value());
                s.setLong(2, e.sequence());
                s.setLong(3, atNs);
                s.setString(4, e.kind().name());
                s.setString(5, e.key());
                s.setString(6, e.digest());
                s.setString(7, e.previousHash());
                s.setString(8, e.hash());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Instants as trustbox's schema keeps them: nanoseconds since the epoch. */
    static final class Nanos {
        private Nanos() {
        }

        static long of(Instant i) {
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        }

        static Instant instant(long ns) {
            return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
        }
    }
}
