/**
 * Durable, multi-school persistence of the trust-box ports with Jdbi 3, on PostgreSQL or embedded
 * H2: {@link kg.trustbox.jdbc.JdbiStores} is the one entry point. The schema is versioned with
 * Flyway under {@code classpath:kg/trustbox/jdbc/migration}. Keeps the register, the withdrawal
 * acts, the hash-chained opening journal and access log,
 * consecutive registration numbers, and a signed appellant's personal data apart
 * from all of them.
 */
package kg.trustbox.jdbc;
