package kg.trustbox.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Host transactions on PostgreSQL. */
class PostgresHostTransactionTest extends HostTransactionContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    DataSource dataSource() {
        PG.fresh();
        return PG.dataSource();
    }

    @Override
    javax.sql.XADataSource xaDataSource() {
        org.postgresql.xa.PGXADataSource xa = new org.postgresql.xa.PGXADataSource();
        xa.setURL(Postgres.baseUrl());
        xa.setCurrentSchema(PG.schema());
        return xa;
    }
}
