/**
 * Time for tests, demos and simulations: a {@link java.time.Clock} a caller sets and advances by
 * hand. Production code injects {@code Clock.systemUTC()}; the library reads the clock in one place.
 */
package kg.trustbox.time;
