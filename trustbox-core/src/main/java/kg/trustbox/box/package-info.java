/**
 * The trust box itself: sealed and opened boxes, seals, the Tuesday opening schedule, the
 * inspection and the withdrawal act (R-4.3, Appendix 2), sealing and the hash-chained opening
 * journal.
 */
package kg.trustbox.box;
