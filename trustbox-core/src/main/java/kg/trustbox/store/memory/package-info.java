/** In-memory implementations of every port, for tests, the demo and trying the library without a database. */
package kg.trustbox.store.memory;
