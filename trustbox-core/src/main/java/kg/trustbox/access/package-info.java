/**
 * Confidentiality: officials and their roles, the policy of who may read an
 * appeal's content and its author's identity, and the hash-chained log of every read.
 */
package kg.trustbox.access;
