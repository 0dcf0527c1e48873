/**
 * The hash chains that make the opening journal and the access log tamper-evident:
 * canonical content, SHA-256 links and verification.
 */
package kg.trustbox.chain;
