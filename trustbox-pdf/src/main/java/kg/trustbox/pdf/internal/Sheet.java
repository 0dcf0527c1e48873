package kg.trustbox.pdf.internal;

import kg.trustbox.document.SafeText;
import kg.trustbox.document.Wording;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfConformance;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.options.PropertyOptions;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.document.Signatory;

/**
 * One document being written: an A4 PDF/A-2u and PDF/UA-1 document with its fonts, wording and
 * the building blocks every document shares (school header, title, paragraphs, bordered tables
 * whose header repeats on each page, signature lines, page numbers). Every piece of text from a
 * view goes through {@link SafeText} here, so a layout cannot forget it.
 *
 * <p>Every document is tagged (issue #18), here and not in the layouts, so a new layout is tagged
 * by default: iText tags what a layout adds (paragraphs P, lists L/LI/Lbl/LBody, tables
 * Table/THead/TBody/TR/TD, borders and fills as artifacts); this class gives the title the role
 * H1 and the section headings H2, the header cells the role TH with a column scope, a figure its
 * alternate text (see {@link #figure}), and marks as artifacts what only paginates: the page line,
 * "continued on the next page" and "table continued", the signature rule, and the layout table of
 * the signature lines (its cells' paragraphs are read in order). The catalog names the language
 * and displays the title; the XMP names PDF/UA-1 beside PDF/A-2u.
 *
 * <p>The document is laid out as it is built (iText's immediate flush): each element is drawn on its
 * page and let go once laid out, and a long table is added with {@link #longTable}, which lays out
 * and draws its rows as they come, so no layout of the whole document is ever held. The pages
 * themselves, with their content streams, stay in memory until {@link #finish()} (see {@link
 * PagesKeptRenderer}). The page line ("page n of m") is drawn by a page event handler as each page
 * ends, "page n of m" as a form XObject per page filled in by {@link #finish()} once the count is
 * known.
 *
 * <p>Not API. One instance per document and thread.
 */
public final class Sheet {
    /** A4 margins of about 20 mm, a little more at the bottom for the page line. */
    private static final float MARGIN = 57f;
    private static final float BOTTOM = 64f;
    static final float BODY_SIZE = 10.5f;
    static final float TABLE_SIZE = 9f;
    /** The tables' size in a document of many narrow columns (the register's eleven). */
    static final float COMPACT_TABLE_SIZE = 8f;
    static final float SMALL_SIZE = 7.5f;
    /** Line height as a multiple of the font's own (Noto Sans: 1.36 em). */
    static final float LEADING = 1.0f;
    private static final Color HEADER_FILL = new DeviceRgb(232, 232, 232);
    private static final Color RULE = new DeviceRgb(90, 90, 90);
    /** The bottom of the page line, above the page's bottom edge. */
    private static final float FOOTER_Y = BOTTOM - 30;
    /** The box of a page's "page n of m" (at 7.5 pt "Стр. 1000 из 1000" is about 65 pt wide). */
    private static final float FOOTER_WIDTH = 160;
    private static final float FOOTER_HEIGHT = 20;

    private final Assets assets;
    private final Wording words;
    private final PdfADocument pdf;
    private final Document doc;
    private final PdfFont regular;
    private final PdfFont bold;
    private final String pageLabel;
    /** "page n of m" of each page ended before the count was known, to fill in; then null. */
    private java.util.List<PageNumber> pending = new ArrayList<>();
    private int pageCount;
    private float tableSize = TABLE_SIZE;
    /** The header cells' IDs (TH /ID) of the last table with a header, to which {@link #tableEnd} rows refer. */
    private java.util.List<String> headerIds = java.util.List.of();
    private int headerRows;

    private Sheet(Assets assets, Wording words, PdfADocument pdf, Document doc, String pageLabel) {
        this.assets = assets;
        this.words = words;
        this.pdf = pdf;
        this.doc = doc;
        this.regular = assets.regular();
        this.bold = assets.bold();
        this.pageLabel = pageLabel;
        doc.setFont(regular).setFontSize(BODY_SIZE).setSplitCharacters(WordBreaks.INSTANCE);
        doc.setMargins(MARGIN, MARGIN, BOTTOM, MARGIN);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PageLine());
    }

    /**
     * {@code label} followed by the school's ledger anchor, when the view carries one: the
     * page line of acts, journal extracts and quarterly reports.
     */
    public static String withAnchor(Wording words, String label, kg.trustbox.document.SchoolHeader school) {
        return school.anchorText().map(a -> label + " · " + words.text("ledger.anchor", a[0], a[1])).orElse(label);
    }

    /**
     * Starts a document.
     *
     * @param out where it goes (left open)
     * @param title the document's title, for its metadata (dc:title)
     * @param pageLabel the short name shown beside the page number
     * @param author who the document is from (the school), for its metadata
     * @param portrait A4 portrait, or landscape
     */
    public static Sheet open(OutputStream out, Assets assets, Wording words, String title, String pageLabel,
                             String author, boolean portrait) {
        // object streams: the many small dictionaries of the structure tree (PDF/UA) are compressed together, which
        // keeps a tagged act about the size an untagged one had (PDF/A-2 is based on PDF 1.7 and allows them)
        PdfWriter writer = new PdfWriter(out, new com.itextpdf.kernel.pdf.WriterProperties().setFullCompressionMode(true));
        writer.setCloseStream(false);
        PdfADocument pdf = new AccessiblePdfADocument(writer, assets.outputIntent(), words.tag());
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(words.tag()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        pdf.getDocumentInfo().setTitle(SafeText.line(title, c -> true));
        pdf.getDocumentInfo().setAuthor(SafeText.line(author, c -> true));
        pdf.getDocumentInfo().setCreator("trustbox");
        // immediate flush: each element is drawn and let go as soon as it is laid out
        Document doc = new Document(pdf, portrait ? PageSize.A4 : PageSize.A4.rotate(), true);
        doc.setRenderer(new PagesKeptRenderer(doc));
        return new Sheet(assets, words, pdf, doc, pageLabel);
    }

    /** Sets this document's tables in {@value #COMPACT_TABLE_SIZE} pt, for many narrow columns; returns this sheet. */
    public Sheet compactTables() {
        tableSize = COMPACT_TABLE_SIZE;
        return this;
    }

    /** The wording. */
    public Wording words() {
        return words;
    }

    /** The layout document, to add elements to. */
    public Document doc() {
        return doc;
    }

    /** The document's regular font. */
    public PdfFont regular() {
        return regular;
    }

    /** The document's bold font. */
    public PdfFont bold() {
        return bold;
    }

    /** The PDF being written. */
    public PdfADocument pdf() {
        return pdf;
    }

    /** {@code text} cleaned for one line. */
    public String safe(String text) {
        return SafeText.line(text, assets::canShow);
    }

    /** {@code text} cleaned, line breaks kept. */
    public String safeLines(String text) {
        return SafeText.lines(text, assets::canShow);
    }

    /** The school's full name at the top, centred over a rule. */
    public void schoolHeader(SchoolHeader school) {
        doc.add(new Paragraph(safe(school.name())).setFont(bold).setFontSize(11).setTextAlignment(TextAlignment.CENTER)
                .setMarginBottom(2).setPaddingBottom(4)
                .setBorderBottom(new SolidBorder(RULE, 0.75f)));
    }

    /** The document's title (bold, centred) and, when given, its date line below it. */
    public void title(String title, String dateLine) {
        Paragraph heading = new Paragraph(safeLines(title));
        heading.getAccessibilityProperties().setRole(StandardRoles.H1);
        doc.add(heading.setFont(bold).setFontSize(13).setTextAlignment(TextAlignment.CENTER)
                .setMarginTop(14).setMarginBottom(dateLine == null ? 12 : 2).setMultipliedLeading(LEADING));
        if (dateLine != null) {
            doc.add(new Paragraph(safe(dateLine)).setTextAlignment(TextAlignment.CENTER).setMarginBottom(12));
        }
    }

    /** A paragraph of body text (justified). */
    public Paragraph paragraph(String text) {
        // justify by widening spaces only, never by spacing out letters
        return new Paragraph(safeLines(text)).setTextAlignment(TextAlignment.JUSTIFIED).setSpacingRatio(1)
                .setMultipliedLeading(LEADING).setMarginBottom(5);
    }

    /** Adds a paragraph of body text. */
    public void add(String text) {
        doc.add(paragraph(text));
    }

    /** Adds a section heading, kept with what follows it. */
    public void heading(String text) {
        doc.add(headingElement(text).setKeepWithNext(true));
    }

    /** A section heading (H2), not yet added. */
    public Paragraph headingElement(String text) {
        Paragraph heading = new Paragraph(safe(text));
        heading.getAccessibilityProperties().setRole(StandardRoles.H2);
        return heading.setFont(bold).setFontSize(11).setMarginTop(10).setMarginBottom(4);
    }

    /** Adds a bold label followed by plain text on the same paragraph. */
    public void labelled(String label, String text) {
        doc.add(new Paragraph().add(new Text(safe(label) + " ").setFont(bold)).add(safeLines(text))
                .setMultipliedLeading(LEADING).setMarginBottom(5));
    }

    /** Adds a list, numbered or dashed. */
    public void list(Collection<String> items, boolean numbered) {
        doc.add(listElement(items, numbered, 1));
    }

    /**
     * A list, numbered from {@code first} or dashed, not yet added: a list's last items may go with
     * the signatures (see {@link #signatures}) and the rest before them.
     */
    public List listElement(Collection<String> items, boolean numbered, int first) {
        List list = numbered ? new List(ListNumberingType.DECIMAL).setItemStartIndex(first)
                : new List().setListSymbol("–");
        list.setSymbolIndent(8).setMarginLeft(10).setMarginBottom(6);
        for (String item : items) {
            ListItem li = new ListItem();
            li.add(paragraph(item).setTextAlignment(TextAlignment.LEFT).setMarginBottom(2));
            list.add(li);
        }
        return list;
    }

    /**
     * A table over the full width with fixed column widths (relative), bordered cells, a bold
     * header row that repeats on every page, and "continued on the next page" under every part but
     * the last.
     */
    public Table table(float[] relativeWidths, String... headers) {
        Table table = new Table(UnitValue.createPercentArray(relativeWidths)).useAllAvailableWidth().setFixedLayout()
                .setFontSize(tableSize).setMarginTop(4).setMarginBottom(8);
        headerRow(table, headers);
        return continued(table, relativeWidths.length);
    }

    /**
     * The rows that end a table begun with {@link #longTable}, to go with the signatures: no header
     * and no space above when they stay on the table's last page; on a page of their own (see
     * {@link #signatures}), the words "table continued" and the header over them.
     *
     * <p>Without a header of their own, the rows' cells name the header cells of the table above
     * as theirs (TD /Headers, PDF/UA-1 7.5), so a screen reader reads them under its column heads.
     */
    public Table tableEnd(boolean onNewPage, float[] relativeWidths, String... headers) {
        if (onNewPage) {
            Table table = new Table(UnitValue.createPercentArray(relativeWidths)).useAllAvailableWidth().setFixedLayout()
                    .setFontSize(tableSize).setMarginTop(4).setMarginBottom(8);
            table.addHeaderCell(artifact(new Cell(1, relativeWidths.length).add(new Paragraph(continuedText(true))
                            .setFontSize(SMALL_SIZE).setMultipliedLeading(LEADING))
                    .setBorder(Border.NO_BORDER).setTextAlignment(TextAlignment.RIGHT).setPadding(0).setPaddingBottom(2)));
            headerRow(table, headers);
            return table;
        }
        return new HeadedByIds(UnitValue.createPercentArray(relativeWidths), headerIds).useAllAvailableWidth()
                .setFixedLayout().setFontSize(tableSize).setMarginTop(0).setMarginBottom(8);
    }

    /**
     * A footer row "continued on the next page" under each part of {@code table} but the last, so
     * a page that ends inside a table says that it goes on.
     */
    private Table continued(Table table, int columns) {
        table.addFooterCell(artifact(new Cell(1, columns).add(new Paragraph(continuedText(false)).setFontSize(SMALL_SIZE)
                        .setMultipliedLeading(LEADING))
                .setBorder(Border.NO_BORDER).setBorderTop(new SolidBorder(ColorConstants.BLACK, 0.5f))
                .setTextAlignment(TextAlignment.RIGHT).setPadding(0).setPaddingTop(2)));
        return table.setSkipLastFooter(true);
    }

    /**
     * Adds "continued on the next page" at the foot of what is laid out, where a table's part ends
     * and its last rows go on the next page with the signatures (see {@link #tableEnd}): what the
     * footer of a table's part says, for a table whose last part has none. Only when it fits on
     * this page: a note alone on the next page would say nothing.
     */
    public void continuedNote() {
        Paragraph note = new Paragraph(continuedText(false)).setFontSize(SMALL_SIZE).setMultipliedLeading(LEADING)
                .setTextAlignment(TextAlignment.RIGHT).setBorderTop(new SolidBorder(ColorConstants.BLACK, 0.5f))
                .setMargin(0).setPaddingTop(2);
        artifact(note);
        if (fitsOnThisPage(note)) {
            doc.add(note);
        }
    }

    /**
     * "continued on the next page" under a table's part, or "table continued" over the next part,
     * in the document's language. The core's wording has no such phrase; it is the renderer's own.
     */
    private String continuedText(boolean over) {
        boolean kyrgyz = "ky".equals(words.tag());
        if (over) {
            return kyrgyz ? "Таблицанын уландысы" : "Продолжение таблицы";
        }
        return kyrgyz ? "Уландысы кийинки бетте" : "Продолжение на следующей странице";
    }

    /**
     * A table like {@link #table}, for as many rows as a view may have, added to the document at
     * once and written as its rows come (iText's large-table mode): see {@link LongTable}. The
     * layout adds its cells and then {@link LongTable#complete() completes} it before anything else
     * goes into the document. Only the withdrawal act uses it, the one document whose table the
     * core lets grow to 10,000 rows: iText 9.4 sets a large table 4 pt lower on its first page
     * (its top margin counts twice), which may move a page break of a short table, so the other
     * documents, whose tables stay short, keep {@link #table}.
     */
    public LongTable longTable(float[] relativeWidths, String... headers) {
        // no space below: the table's last rows follow it (see tableEnd)
        Table table = new Table(UnitValue.createPercentArray(relativeWidths), true).useAllAvailableWidth()
                .setFixedLayout().setFontSize(tableSize).setMarginTop(4).setMarginBottom(0);
        headerRow(table, headers);
        doc.add(continued(table, relativeWidths.length));
        return new LongTable(table, relativeWidths.length);
    }

    /**
     * A table being written row by row: every {@value #ROWS_PER_FLUSH} rows the rows added so far
     * are laid out, drawn and let go, so only those rows are held, whatever the table's length.
     */
    public static final class LongTable {
        /** Rows laid out at a time: a few pages' worth at most, few enough to hold. */
        static final int ROWS_PER_FLUSH = 50;
        private final Table table;
        private final int columns;
        private int cells;

        private LongTable(Table table, int columns) {
            this.table = table;
            this.columns = columns;
        }

        /** Adds the next cell, row by row. */
        public void add(Cell cell) {
            table.addCell(cell);
            if (++cells % (columns * ROWS_PER_FLUSH) == 0) {
                table.flush();
            }
        }

        /** Lays out the last rows and closes the table (its bottom border). */
        public void complete() {
            // rows laid out by complete() count as the table's last part, and a page they fill would
            // lose its "continued" footer: lay them out first, then close the table
            table.flush();
            table.complete();
        }
    }

    /**
     * {@code element} marked as an artifact: what only paginates, read by no screen reader (a
     * pagination artifact, as the page line).
     */
    private static <T extends com.itextpdf.layout.element.IAbstractElement> T artifact(T element) {
        if (element instanceof com.itextpdf.layout.tagging.IAccessibleElement accessible) {
            accessible.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        }
        return element;
    }

    /** The header row of {@code table}, one header cell per header, each with an ID unique in the document. */
    private void headerRow(Table table, String... headers) {
        headerRows++;
        java.util.List<String> ids = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            String id = "th" + headerRows + "." + (i + 1);
            ids.add(id);
            table.addHeaderCell(headerCell(headers[i], id));
        }
        headerIds = java.util.List.copyOf(ids);
    }

    /** A header cell: TH, the header of its column (PDF/UA-1 asks a TH for its scope), with its ID. */
    private Cell headerCell(String header, String id) {
        Cell cell = new Cell();
        cell.getAccessibilityProperties().setRole(StandardRoles.TH).setStructureElementIdString(id)
                .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column"));
        return cell.add(new Paragraph(safe(header)).setFont(bold).setMultipliedLeading(LEADING))
                .setBackgroundColor(HEADER_FILL).setBorder(new SolidBorder(ColorConstants.BLACK, 0.5f))
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setPadding(3);
    }

    /**
     * A table without a header row whose cells name, column by column, the header cells of another
     * table as theirs (TD /Headers): the rows that end a table below its last part (see {@link
     * #tableEnd}). Cells span one column each.
     */
    private static final class HeadedByIds extends Table {
        private final java.util.List<String> ids;
        private int cells;

        HeadedByIds(UnitValue[] columns, java.util.List<String> ids) {
            super(columns);
            this.ids = ids;
        }

        @Override
        public Table addCell(Cell cell) {
            int column = cells++ % getNumberOfColumns();
            if (column < ids.size()) {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, new PdfName("Table"));
                attributes.put(new PdfName("Headers"), new PdfArray(new PdfString(ids.get(column))));
                cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes(attributes));
            }
            return super.addCell(cell);
        }
    }

    /** A bordered body cell with {@code text} (line breaks kept). */
    public Cell cell(String text) {
        return new Cell().add(new Paragraph(safeLines(text)).setMultipliedLeading(LEADING))
                .setBorder(new SolidBorder(ColorConstants.BLACK, 0.5f)).setPadding(3).setKeepTogether(true);
    }

    /** A bordered body cell for a number, right-aligned. */
    public Cell number(String text) {
        return cell(text).setTextAlignment(TextAlignment.RIGHT);
    }

    /** A bordered body cell, centred. */
    public Cell centred(String text) {
        return cell(text).setTextAlignment(TextAlignment.CENTER);
    }

    /**
     * The signature block and what comes last before it, kept on one page, so that no page holds
     * signatures alone: {@code lead} (the document's last paragraph, list item or table rows, not
     * yet added), then {@code heading} when given, then one signature line per signatory (see
     * {@link #signatureLines}). When the whole does not fit on what is left of the page, it starts
     * the next page; it splits only when it is longer than a page.
     *
     * @param notes one note per signatory, or {@code null} for none; an element may be {@code null}
     */
    public void signatures(java.util.List<? extends IBlockElement> lead, String heading,
                           java.util.List<Signatory> signatories, java.util.List<String> notes) {
        doc.add(closing(lead, heading, signatories, notes));
    }

    /** The block {@link #signatures} adds, not yet added. */
    public Div closing(java.util.List<? extends IBlockElement> lead, String heading,
                       java.util.List<Signatory> signatories, java.util.List<String> notes) {
        Div block = new Div().setKeepTogether(true);
        for (IBlockElement element : lead) {
            block.add(element);
        }
        if (heading != null) {
            block.add(headingElement(heading));
        }
        return block.add(signatureLines(signatories, notes));
    }

    /**
     * Whether {@code element} fits, whole, on what is left of the current page. Only tries: the
     * element is not added.
     */
    public boolean fitsOnThisPage(IBlockElement element) {
        LayoutArea area = doc.getRenderer().getCurrentArea();
        if (area == null) {
            return true;
        }
        IRenderer renderer = element.createRendererSubTree().setParent(doc.getRenderer());
        LayoutResult result = renderer.layout(new LayoutContext(area.clone()));
        return result.getStatus() == LayoutResult.FULL;
    }

    /**
     * Signature lines, one per signatory: "position — ________ (signature) — full name", the line
     * level with the last line of position and name, the word "(signature)" under it and an
     * optional note (the day signed) under the name.
     *
     * @param notes one note per signatory, or {@code null} for none; an element may be {@code null}
     */
    private Table signatureLines(java.util.List<Signatory> signatories, java.util.List<String> notes) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {36, 24, 40})).useAllAvailableWidth()
                .setFixedLayout().setMarginTop(4);
        // a layout table, no data table: no Table/TR/TD, its paragraphs read in order
        table.getAccessibilityProperties().setRole(null);
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            String note = notes == null ? null : notes.get(i);
            table.addCell(plain(new Paragraph(safe(s.position())).setMultipliedLeading(LEADING)).setPaddingTop(3));
            table.addCell(plain(artifact(new Div().setHeight(12).setBorderBottom(new SolidBorder(ColorConstants.BLACK, 0.6f))))
                    .setPaddingLeft(10).setPaddingRight(10).setPaddingTop(3));
            table.addCell(plain(new Paragraph(safe(s.fullName())).setMultipliedLeading(LEADING)).setPaddingTop(3));
            table.addCell(plain(new Paragraph("")));
            table.addCell(plain(new Paragraph(words.text("signature")).setFontSize(SMALL_SIZE))
                    .setTextAlignment(TextAlignment.CENTER));
            table.addCell(plain(new Paragraph(note == null ? "" : safe(note)).setFontSize(SMALL_SIZE)));
        }
        return table.setKeepTogether(signatories.size() <= 12);
    }

    private static Cell plain(IBlockElement content) {
        Cell cell = new Cell();
        cell.getAccessibilityProperties().setRole(null);
        return cell.add(content).setBorder(Border.NO_BORDER).setPadding(0).setPaddingLeft(2)
                .setVerticalAlignment(VerticalAlignment.BOTTOM).setKeepTogether(true);
    }

    /**
     * Adds a centred figure, such as the chart: tagged Figure with {@code alternate} as its
     * alternate text (/Alt), what a screen reader reads instead of the drawing, in the document's
     * language.
     */
    public void figure(Image image, String alternate) {
        image.getAccessibilityProperties().setRole(StandardRoles.FIGURE).setAlternateDescription(safe(alternate));
        doc.add(image.setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginTop(4).setMarginBottom(8));
    }

    /**
     * Ends the document: now that the page count is known, fills in "page n of m" on the pages
     * already written, and closes the document (the last page gets its line as it is written); the
     * output stream stays open.
     */
    public void finish() {
        // everything is laid out: no page is added from here on
        pageCount = pdf.getNumberOfPages();
        for (PageNumber number : pending) {
            number.fill(pageCount);
        }
        pending = null;
        doc.close();
    }

    private Paragraph footerText(String text) {
        return new Paragraph(text).setFont(regular).setFontSize(SMALL_SIZE).setFontColor(RULE);
    }

    /**
     * Draws the page line at the foot of each page as it ends: the document's short name on the
     * left, "page n of m" on the right, where the count, unknown until the end, is a form XObject
     * filled in by {@link #finish()} (or written at once on a page ended after it).
     */
    private final class PageLine extends AbstractPdfDocumentEventHandler {
        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            PdfPage page = ((PdfDocumentEvent) event).getPage();
            int number = pdf.getPageNumber(page);
            Rectangle size = page.getPageSize();
            PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            // the page line is a pagination artifact, not read as the document's text
            pdfCanvas.openTag(new CanvasArtifact());
            try (Canvas canvas = new Canvas(pdfCanvas, size)) {
                canvas.showTextAligned(footerText(safe(pageLabel)), MARGIN, FOOTER_Y, TextAlignment.LEFT,
                        VerticalAlignment.BOTTOM);
            }
            PageNumber line = new PageNumber(number);
            if (pending == null) {
                line.fill(pageCount);
            } else {
                pending.add(line);
            }
            pdfCanvas.addXObjectAt(line.form, size.getWidth() - MARGIN - FOOTER_WIDTH, FOOTER_Y);
            pdfCanvas.closeTag();
            pdfCanvas.release();
        }
    }

    /** The "page n of m" of one page: a form XObject drawn on the page, its text written once m is known. */
    private final class PageNumber {
        private final int number;
        private final PdfFormXObject form = new PdfFormXObject(new Rectangle(FOOTER_WIDTH, FOOTER_HEIGHT));

        PageNumber(int number) {
            this.number = number;
        }

        void fill(int count) {
            try (Canvas canvas = new Canvas(form, pdf)) {
                canvas.showTextAligned(footerText(words.text("page", Integer.toString(number), Integer.toString(count))),
                        FOOTER_WIDTH, 0, TextAlignment.RIGHT, VerticalAlignment.BOTTOM);
            }
        }
    }

    /**
     * The layout's renderer with immediate flush, except that it leaves the pages to the document's
     * close. A PDF/A document writes a page only once its resources are final ({@code
     * PdfPage#flush(true)}, which also writes the page's form XObjects), and the page count of "page n
     * of m" is not final until the end; iText's own early {@code PdfPage#flush()} would be refused with
     * a warning in the log. What a page keeps meanwhile is mostly its content stream, a few tens of
     * KB: the 890 pages of the largest act the core admits (10,000 lines) render in a 40 MB heap.
     */
    private static final class PagesKeptRenderer extends DocumentRenderer {
        PagesKeptRenderer(Document document) {
            super(document, true);
        }

        @Override
        protected LayoutArea updateCurrentArea(LayoutResult overflowResult) {
            // in DocumentRenderer#updateCurrentArea, immediateFlush only decides whether to flush the
            // page left behind; drawing and letting go of renderers happen elsewhere, with it true
            immediateFlush = false;
            try {
                return super.updateCurrentArea(overflowResult);
            } finally {
                immediateFlush = true;
            }
        }
    }

    /**
     * A PDF/A-2u document whose XMP metadata also names its language (dc:language) and PDF/UA-1
     * (pdfuaid:part, with its PDF/A extension schema).
     */
    private static final class AccessiblePdfADocument extends PdfADocument {
        private final String language;

        AccessiblePdfADocument(PdfWriter writer, PdfOutputIntent intent, String language) {
            super(writer, PdfAConformance.PDF_A_2U, intent);
            this.language = language;
        }

        @Override
        protected XMPMeta updateDefaultXmpMetadata() throws XMPException {
            XMPMeta xmp = super.updateDefaultXmpMetadata();
            if (xmp.countArrayItems(XMPConst.NS_DC, "language") == 0) {
                xmp.appendArrayItem(XMPConst.NS_DC, "language", new PropertyOptions(PropertyOptions.ARRAY), language, null);
            }
            PdfConformance.setConformanceToXmp(xmp, new PdfConformance(PdfAConformance.PDF_A_2U, PdfUAConformance.PDF_UA_1));
            return xmp;
        }
    }
}
