/**
 * Not API: the layouts of the trust-box documents, their wording ({@code wording_ky.properties},
 * {@code wording_ru.properties}), the bundled fonts and colour profile, and the cleaning of text
 * before it is printed. May change in any release; use {@link kg.trustbox.pdf.PdfDocuments} and
 * {@link kg.trustbox.pdf.PublicNoticeHtml}.
 */
package kg.trustbox.pdf.internal;
