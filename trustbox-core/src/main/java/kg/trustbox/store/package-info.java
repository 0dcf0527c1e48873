/**
 * The ports taken together ({@link kg.trustbox.store.Stores}) and the transaction port that makes
 * each regulation step atomic.
 */
package kg.trustbox.store;
