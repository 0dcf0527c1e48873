/**
 * Spring Boot auto-configuration of trustbox: {@link kg.trustbox.spring.boot.TrustBoxAutoConfiguration}
 * wires the stores over the application's data source, joining its transactions, and
 * {@link kg.trustbox.spring.boot.TrustBoxOffices} gives the office of each school; the
 * {@code trustbox.*} properties are {@link kg.trustbox.spring.boot.TrustBoxProperties}.
 */
package kg.trustbox.spring.boot;
