/**
 * The contracts of the persistence ports: one abstract test per port, subclassed for every store
 * (in memory here; H2 and PostgreSQL in trustbox-jdbc). No mocks: each subclass gives fresh, empty
 * stores and the same tests run against them.
 */
package kg.trustbox.contract;
