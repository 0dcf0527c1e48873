/**
 * The register of appeals (Law No. 67, R-4.4, R-1.5.1, R-1.5.2) as an XLSX spreadsheet for the
 * ministry, in Kyrgyz or Russian: {@link kg.trustbox.xlsx.XlsxRegister} writes the core's
 * {@link kg.trustbox.document.RegisterView}, so it holds personal data only where the view does,
 * that is where the access policy allowed the reader and the read was recorded.
 * Written with Apache POI (Apache License 2.0), in a module of its own, apart from the AGPL-bound
 * trustbox-pdf.
 */
package kg.trustbox.xlsx;
