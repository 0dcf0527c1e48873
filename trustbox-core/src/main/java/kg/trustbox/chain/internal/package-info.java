/**
 * Not API: the canonical text of chained entries, which every store hashes the same way. May
 * change in any release (with a new encoding version).
 */
package kg.trustbox.chain.internal;
