/**
 * trustbox: the Kyrgyz school "trust box" (Ишеним кутусу, Ящик доверия) regulation as a library.
 * {@link kg.trustbox.TrustBoxOffice} is the entry point; the concept packages hold the rules:
 * {@code school}, {@code commission}, {@code box} (R-4.3,
 * ), {@code appellant} and {@code appeal} (R-1.4, R-1.5.x, R-3.2, R-4.4), {@code access}
 * {@code rule} names the rules and carries outcomes and errors; {@code store} holds the
 * ports taken together and their in-memory implementation.
 */
package kg.trustbox;
