package kg.trustbox.jdbc.internal;

import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database behind {@code JdbiStores.h2}: the only class that touches H2, which is
 * an optional dependency, so that a PostgreSQL deployment runs without it. Internal.
 */
public final class H2Pool {
    private H2Pool() {
    }

    /** A small pool of {@code url}, with the library's settings; {@link Pooled#dispose()} releases it. */
    public static Pooled open(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        String full = upper.contains("LOCK_TIMEOUT=") ? url : url + ";LOCK_TIMEOUT=10000";
        // H2 writes failing statements, with their values, to a .trace.db file by default: an appellant's name must not end up there
        full = upper.contains("TRACE_LEVEL_FILE=") ? full : full + ";TRACE_LEVEL_FILE=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(full, "", "");
        return new Pooled(pool, pool::dispose);
    }

    /** A pooled data source and how to release it. */
    public record Pooled(DataSource dataSource, Runnable disposer) {
        /** Releases the pool. */
        public void dispose() {
            disposer.run();
        }
    }
}
