/**
 * The smallest Spring Boot application with trustbox: {@link kg.trustbox.examples.boot.SchoolApplication},
 * whose {@code @Transactional} service {@link kg.trustbox.examples.boot.CommissionSittings} writes the
 * school system's own tables and opens the trust box in one transaction: both commit together,
 * and both roll back together, a refusal of the regulation included.
 */
package kg.trustbox.examples.boot;
