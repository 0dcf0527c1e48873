package kg.trustbox.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.outcome.StorageException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database behind the ports: one Jdbi, a handle bound to the thread while a regulation step
 * runs in a transaction, and the translation of database failures into {@link StorageException}s
 * that carry no SQL text and no bound values. Internal; thread-safe.
 */
public final class Db {
    private static final Logger LOG = LoggerFactory.getLogger(Db.class);

    private final Jdbi jdbi;
    private final boolean joinHost;
    private final ThreadLocal<Handle> bound = new ThreadLocal<>();
    /** What the transaction bound to this thread knows of rows it wrote or locked; see {@link #remembered}. */
    private final ThreadLocal<java.util.Map<Object, Object>> known = new ThreadLocal<>();
    private volatile Dialect dialect;
    private volatile Boolean setIsolation;

    /** Each step in a transaction of its own. */
    public Db(Jdbi jdbi) {
        this(jdbi, false);
    }

    /**
     * @param joinHost whether a step joins the transaction the host has open on the connection it
     *     is handed (auto-commit off): no begin, commit, rollback or isolation change of its own, a
     *     savepoint around the step instead
     */
    public Db(Jdbi jdbi, boolean joinHost) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.joinHost = joinHost;
    }

    /** A work unit on a handle. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Handle handle, Dialect dialect);
    }

    /** Whether the current thread runs inside {@link #inTransaction}. */
    public boolean inTransaction() {
        return bound.get() != null;
    }

    /**
     * What the transaction bound to this thread remembers of rows it wrote or locked itself, so that
     * it need not read them back: a chain head it holds locked, an act it inserted. Empty outside a
     * transaction (nothing is remembered there); forgotten when the transaction ends, whether it
     * commits or not. Only a transaction's own writes and locks may be remembered: what another
     * transaction could change meanwhile must be read.
     */
    public Optional<java.util.Map<Object, Object>> remembered() {
        return Optional.ofNullable(known.get());
    }

    /**
     * Runs {@code step} in one transaction bound to this thread: every {@link #call} it makes shares
     * it. Commits on an accepted outcome, rolls back on a rejected one or an exception. A nested
     * call joins the transaction in progress.
     */
    public <T> Outcome<T> inTransaction(Supplier<Outcome<T>> step) {
        if (bound.get() != null) {
            return step.get();
        }
        Handle handle = open("begin a transaction");
        if (hostTransaction(handle, "begin a transaction")) {
            return inHostTransaction(handle, step);
        }
        boolean committed = false;
        try {
            try {
                handle.begin();
            } catch (JdbiException e) {
                throw translate("begin a transaction", e);
            }
            bound.set(handle);
            known.set(new java.util.HashMap<>());
            Outcome<T> result;
            try {
                result = step.get();
            } finally {
                bound.remove();
                known.remove();
            }
            if (result.isAccepted()) {
                try {
                    handle.commit();
                } catch (JdbiException e) {
                    throw translate("commit a transaction", e);
                }
                committed = true;
            }
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly(handle);
            }
            closeQuietly(handle);
        }
    }

    /**
     * Whether {@code handle}'s connection is in a transaction the host opened (joining mode and
     * auto-commit off); such a handle is set not to end the host's transaction when closed. In
     * joining mode the connection's isolation is the host's: checked, never changed.
     *
     * @throws StorageException ({@code storage.isolation}) if the host's transaction reads
     *     uncommitted rows: the library's locks need at least READ COMMITTED
     */
    private boolean hostTransaction(Handle handle, String operation) {
        if (!joinHost) {
            return false;
        }
        try {
            Connection c = handle.getConnection();
            try (java.sql.Statement enlist = c.createStatement()) {
                // a JTA pool enlists a connection in the transaction in progress on first use, not before
                LOG.trace("trustbox-jdbc: connection in use ({})", enlist.getClass().getSimpleName());
            }
            int isolation = c.getTransactionIsolation();
            if (isolation == Connection.TRANSACTION_NONE || isolation == Connection.TRANSACTION_READ_UNCOMMITTED) {
                closeQuietly(handle);
                throw new StorageException("storage.isolation", operation, null);
            }
            if (c.getAutoCommit()) {
                return false;
            }
            handle.getConfig(org.jdbi.v3.core.Handles.class).setForceEndTransactions(false);
            return true;
        } catch (SQLException e) {
            closeQuietly(handle);
            throw translate(operation, e);
        }
    }

    /**
     * Runs {@code step} inside the host's transaction, between a savepoint and its release: a
     * rejected or failed step is rolled back to the savepoint, so that the host's own work stays
     * and the host decides whether to commit. Without savepoints (some XA connections), a rejected
     * or failed step throws {@code storage.hostRollback}: the host must roll back.
     */
    private <T> Outcome<T> inHostTransaction(Handle handle, Supplier<Outcome<T>> step) {
        java.sql.Savepoint savepoint = null;
        try {
            Connection c = handle.getConnection();
            try {
                savepoint = c.setSavepoint();
            } catch (SQLException e) {
                // an XA connection in a global transaction refuses savepoints (PostgreSQL's, for one)
                LOG.debug("trustbox-jdbc: the host's connection takes no savepoint ({})", e.getSQLState());
            }
            bound.set(handle);
            known.set(new java.util.HashMap<>());
            boolean accepted = false;
            try {
                Outcome<T> result = step.get();
                accepted = result.isAccepted();
                if (!accepted && savepoint == null) {
                    throw new StorageException("storage.hostRollback", "undo a refused step", null);
                }
                return result;
            } finally {
                bound.remove();
                known.remove();
                endStep(c, savepoint, accepted);
            }
        } finally {
            closeQuietly(handle);
        }
    }

    private static void endStep(Connection c, java.sql.Savepoint savepoint, boolean accepted) {
        if (savepoint == null) {
            return;
        }
        try {
            if (accepted) {
                c.releaseSavepoint(savepoint);
            } else {
                c.rollback(savepoint);
            }
        } catch (SQLException e) {
            // H2 and PostgreSQL release every savepoint; a driver that cannot must not fail an accepted step
            if (!accepted) {
                throw translate("undo a refused step", e);
            }
            LOG.debug("trustbox-jdbc: releasing a savepoint failed ({})", e.getSQLState());
        }
    }

    /**
     * Runs {@code work} on the transaction bound to this thread, or else in a short transaction of
     * its own. Database failures become {@link StorageException}s naming {@code operation}; other
     * exceptions pass unchanged (the short transaction rolls back).
     */
    public <T> T call(String operation, Work<T> work) {
        Handle handle = bound.get();
        if (handle != null) {
            try {
                return work.on(handle, dialect(handle, operation));
            } catch (JdbiException e) {
                throw translate(operation, e);
            }
        }
        handle = open(operation);
        if (hostTransaction(handle, operation)) {
            try {
                return work.on(handle, dialect(handle, operation));
            } catch (JdbiException e) {
                throw translate(operation, e);
            } finally {
                closeQuietly(handle);
            }
        }
        boolean committed = false;
        try {
            try {
                handle.begin();
                T result = work.on(handle, dialect(handle, operation));
                handle.commit();
                committed = true;
                return result;
            } catch (JdbiException e) {
                throw translate(operation, e);
            }
        } finally {
            if (!committed) {
                rollbackQuietly(handle);
            }
            closeQuietly(handle);
        }
    }

    private Dialect dialect(Handle handle, String operation) {
        Dialect d = dialect;
        if (d == null) {
            try {
                d = Dialect.of(handle.getConnection().getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw translate(operation, e);
            }
            dialect = d;
        }
        return d;
    }

    private Handle open(String operation) {
        Handle handle;
        try {
            handle = jdbi.open();
        } catch (JdbiException e) {
            throw translate(operation, e);
        }
        // Statements may carry personal data: keep them out of logs and exception messages.
        handle.getConfig(SqlStatements.class).setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        handle.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        Encodings.install(handle);
        // Row locks (FOR UPDATE) must show a waiting transaction the row as committed meanwhile:
        // READ COMMITTED. The first connection tells whether the pool hands out something else.
        try {
            if (joinHost) {
                return handle; // the host's connection: its isolation is checked (hostTransaction), never changed
            }
            Boolean set = setIsolation;
            if (set == null) {
                set = handle.getConnection().getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED;
                setIsolation = set;
            }
            if (set) {
                handle.setTransactionIsolationLevel(TransactionIsolationLevel.READ_COMMITTED);
            }
        } catch (SQLException | JdbiException e) {
            closeQuietly(handle);
            throw translate(operation, e);
        }
        return handle;
    }

    private static void rollbackQuietly(Handle handle) {
        try {
            if (handle.isInTransaction()) {
                handle.rollback();
            }
        } catch (RuntimeException e) {
            LOG.warn("trustbox-jdbc: rollback failed ({})", e.getClass().getName());
        }
    }

    private static void closeQuietly(Handle handle) {
        try {
            handle.close();
        } catch (RuntimeException e) {
            LOG.warn("trustbox-jdbc: closing a connection failed ({})", e.getClass().getName());
        }
    }

    /** Whether {@code e} reports a unique-key violation. */
    public static boolean isUniqueViolation(Throwable e) {
        SQLException sql = sqlCause(e);
        return sql != null && "23505".equals(sql.getSQLState());
    }

    /**
     * The library's exception for a database failure: {@code storage.unavailable} when the database
     * cannot be reached, {@code storage.conflict} for a broken constraint, a deadlock or a lock
     * timeout, {@code storage.failed} otherwise. The cause is a {@link DatabaseFailure} that keeps
     * the SQL state, vendor code and stack trace but neither the driver's message (which may quote
     * SQL or values) nor its chain.
     */
    public static StorageException translate(String operation, Throwable e) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? null : sql.getSQLState();
        String key;
        if (e instanceof ConnectionException || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLTransientConnectionException || hasCause(e, ConnectionException.class)
                || (state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                || state.equals("90067") || state.equals("90098") || state.equals("90121")))) {
            key = "storage.unavailable";
        } else if (state != null && (state.startsWith("23") || state.equals("40001") || state.equals("40P01")
                || state.equals("HYT00") || state.equals("55P03"))) {
            key = "storage.conflict";
        } else {
            key = "storage.failed";
        }
        DatabaseFailure cause = new DatabaseFailure(e, sql);
        LOG.warn("trustbox-jdbc: could not {}: {}", operation, cause.getMessage());
        return new StorageException(key, operation, cause);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /**
     * A database failure stripped of its message: the SQL state, the vendor code and the classes
     * involved, with the original stack trace. Safe to log.
     */
    public static final class DatabaseFailure extends RuntimeException {
        DatabaseFailure(Throwable original, SQLException sql) {
            super(describe(original, sql), null, false, true);
            setStackTrace(original.getStackTrace());
        }

        private static String describe(Throwable original, SQLException sql) {
            StringBuilder b = new StringBuilder(original.getClass().getName());
            if (sql != null) {
                if (sql != original) {
                    b.append(" caused by ").append(sql.getClass().getName());
                }
                b.append(", SQL state ").append(sql.getSQLState()).append(", vendor code ").append(sql.getErrorCode());
            }
            return b.toString();
        }
    }
}
