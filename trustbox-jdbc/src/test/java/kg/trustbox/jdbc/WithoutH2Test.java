package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import javax.sql.DataSource;
import kg.trustbox.keys.KeyProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * H2 is optional: a PostgreSQL deployment loads and wires trustbox-jdbc without it, and only
 * {@code JdbiStores.h2} needs it, saying so. The module's classes are loaded here by a class loader
 * that hides every {@code org.h2} class.
 */
class WithoutH2Test {

    /** Loads {@code kg.trustbox.jdbc} classes itself, hides {@code org.h2}, and leaves the rest to the parent. */
    private static final class WithoutH2 extends URLClassLoader {
        WithoutH2(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.h2.")) {
                throw new ClassNotFoundException(name);
            }
            if (!name.startsWith("kg.trustbox.jdbc.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    @Test
    @DisplayName("without H2 on the classpath, the stores wire over a PostgreSQL data source, and JdbiStores.h2 names what is missing")
    void postgresWithoutH2() throws Exception {
        URL classes = JdbiStores.class.getProtectionDomain().getCodeSource().getLocation();
        try (WithoutH2 loader = new WithoutH2(classes, getClass().getClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("org.h2.jdbcx.JdbcConnectionPool")).isInstanceOf(ClassNotFoundException.class);
            Class<?> stores = Class.forName(JdbiStores.class.getName(), true, loader);
            assertThat(stores.getClassLoader()).isSameAs(loader);
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(Postgres.DEFAULT_URL);
            Object db = stores.getMethod("create", DataSource.class, KeyProvider.class).invoke(null, pg, Keys.TEST);
            assertThat(stores.getMethod("stores").invoke(db)).isNotNull();
            Method h2 = stores.getMethod("h2", String.class, KeyProvider.class);
            assertThatThrownBy(() -> h2.invoke(null, "jdbc:h2:mem:absent", Keys.TEST))
                    .isInstanceOf(InvocationTargetException.class).cause()
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("com.h2database:h2");
        }
    }
}
