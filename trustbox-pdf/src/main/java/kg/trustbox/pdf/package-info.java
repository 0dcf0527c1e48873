/**
 * The trust-box documents as archival PDF/A-2u, tagged for screen readers as PDF/UA-1, in Kyrgyz
 * and Russian:
 * {@link kg.trustbox.pdf.PdfDocuments} implements the core's {@link kg.trustbox.document.Documents}
 * port for the withdrawal act (Appendix 2, R-4.3), the opening journal, the minutes
 * the quarterly report, the public notice, the answer
 * letter and the register of appeals (Law No. 67). The wording comes from the core ({@link kg.trustbox.document.Wording}), so
 * another renderer needs no copy of it; the public notice as a web page is the core's
 * {@link kg.trustbox.document.PublicNoticeHtml}, outside this AGPL-bound module.
 *
 * <p>Rendered with iText Core, which is licensed under the AGPL or a commercial licence: an
 * application that ships this module must comply with one of them. The bundled Noto Sans fonts
 * are under the SIL Open Font License 1.1, the sRGB profile under the zlib licence.
 */
package kg.trustbox.pdf;
