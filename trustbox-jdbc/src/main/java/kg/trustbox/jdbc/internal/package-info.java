/** Internals of trustbox-jdbc: transaction binding, error translation, encodings. Not API; may change in any release. */
package kg.trustbox.jdbc.internal;
