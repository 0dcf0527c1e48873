/**
 * Not API: the layouts of the trust-box documents, the bundled fonts and colour profile. May
 * change in any release; use {@link kg.trustbox.pdf.PdfDocuments}.
 */
package kg.trustbox.pdf.internal;
