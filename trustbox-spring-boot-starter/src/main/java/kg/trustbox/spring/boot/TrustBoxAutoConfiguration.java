package kg.trustbox.spring.boot;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import kg.trustbox.Regulation;
import kg.trustbox.document.Documents;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.jdbc.JdbiStores.HostTransactions;
import kg.trustbox.keys.HostKeys;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.outcome.KeyException;
import kg.trustbox.pdf.PdfDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Auto-configuration of trustbox over the application's {@link DataSource}: the host keys, the
 * schema (migrated unless {@code trustbox.migrate=false}), the stores, a clock, the regulation, the
 * offices of the schools, the PDF renderer when {@code trustbox-pdf} is on the class path, and a
 * health indicator when Spring Boot's health API is ({@code management.health.trustbox.enabled=false}
 * turns it off). Each bean backs off when the application
 * defines one of its type. See {@link TrustBoxProperties} for the properties.
 *
 * <p>The stores join the application's transactions ({@code trustbox.host-transactions=join}, the
 * default): they take their connection through a {@link TransactionAwareDataSourceProxy}, so that
 * a regulation step inside a {@code @Transactional} method or a {@code TransactionTemplate}
 * commits, or rolls back, with the application's own work; outside one, each step is a transaction
 * of its own.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnClass({JdbiStores.class, TransactionAwareDataSourceProxy.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(TrustBoxProperties.class)
public class TrustBoxAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(TrustBoxAutoConfiguration.class);

    /** For Spring. */
    public TrustBoxAutoConfiguration() {
    }

    /**
     * The host keys: from {@code trustbox.keys.file}, or else from the environment variable
     * {@value HostKeys#VARIABLE}. Start-up fails, naming both, when neither holds keys.
     */
    @Bean
    @ConditionalOnMissingBean
    public KeyProvider trustBoxKeys(TrustBoxProperties properties) {
        try {
            if (properties.keys().file() != null) {
                return HostKeys.fromFile(properties.keys().file());
            }
            return HostKeys.fromEnvironment();
        } catch (KeyException e) {
            throw new IllegalStateException("trustbox: no host keys (" + e.getMessage() + "): set trustbox.keys.file to a key file,"
                    + " or the environment variable " + HostKeys.VARIABLE + ", or define a KeyProvider bean", e);
        }
    }

    /** The migration of the schema, at start-up, unless {@code trustbox.migrate=false}. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "trustbox", name = "migrate", havingValue = "true", matchIfMissing = true)
    public TrustBoxMigration trustBoxMigration(DataSource dataSource, KeyProvider keys) {
        return new TrustBoxMigration(dataSource, keys);
    }

    /**
     * The stores over the application's data source, after the migration: joining its transactions
     * through a {@link TransactionAwareDataSourceProxy}, or, with {@code trustbox.host-transactions=own},
     * on connections of their own.
     */
    @Bean
    @ConditionalOnMissingBean
    public JdbiStores trustBoxStores(DataSource dataSource, KeyProvider keys, TrustBoxProperties properties,
            ObjectProvider<TrustBoxMigration> migration) {
        migration.ifAvailable(m -> LOG.debug("trustbox: the schema is migrated"));
        HostTransactions mode = properties.hostTransactions();
        LOG.debug("trustbox: stores over the application's data source, host transactions {}", mode);
        if (mode == HostTransactions.JOIN) {
            DataSource joining = dataSource instanceof TransactionAwareDataSourceProxy ? dataSource
                    : new TransactionAwareDataSourceProxy(dataSource);
            return JdbiStores.create(joining, keys, HostTransactions.JOIN);
        }
        return JdbiStores.create(dataSource, keys, HostTransactions.OWN);
    }

    /** The system clock in UTC, unless the application has a clock. */
    @Bean
    @ConditionalOnMissingBean
    public Clock trustBoxClock() {
        return Clock.systemUTC();
    }

    /** The regulation of the {@code trustbox.regulation.*} properties. */
    @Bean
    @ConditionalOnMissingBean
    public Regulation trustBoxRegulation(TrustBoxProperties properties) {
        return properties.regulation().toRegulation();
    }

    /** The offices of the schools. */
    @Bean
    @ConditionalOnMissingBean
    public TrustBoxOffices trustBoxOffices(JdbiStores stores, Clock clock, Regulation regulation) {
        return new TrustBoxOffices(stores.stores(), clock, regulation);
    }

    /** The PDF renderer, when {@code trustbox-pdf} is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(PdfDocuments.class)
    static class Pdf {
        @Bean
        @ConditionalOnMissingBean(Documents.class)
        PdfDocuments trustBoxPdfDocuments() {
            return PdfDocuments.create();
        }
    }

    /** The health indicator, when Spring Boot's health API is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {
        /** Apart, so that its condition, of the health API, is read only when the API is there. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnEnabledHealthIndicator("trustbox")
        static class Enabled {
            @Bean
            @ConditionalOnMissingBean(name = "trustboxHealthIndicator")
            TrustBoxHealthIndicator trustboxHealthIndicator(TrustBoxOffices offices, TrustBoxProperties properties) {
                List<String> schools = properties.health().schools();
                return new TrustBoxHealthIndicator(offices, schools);
            }
        }
    }
}
