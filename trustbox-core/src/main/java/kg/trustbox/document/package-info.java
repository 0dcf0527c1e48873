/**
 * The documents the regulation requires: one view record per document, reduced to
 * what the document shows, and the {@link kg.trustbox.document.Documents} port that renders them.
 * Views of reports and lists carry no personal data; only the act, the register and the letters to
 * an appellant (answer, forwarding notice, extension notice) carry a signed appellant's name (R-3.2,
 * Law No. 19).
 */
package kg.trustbox.document;
