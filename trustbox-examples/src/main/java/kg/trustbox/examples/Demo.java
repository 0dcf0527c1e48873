package kg.trustbox.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.access.Official;
import kg.trustbox.access.Role;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.Status;
import kg.trustbox.box.ActNumber;
import kg.trustbox.chain.Chain;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.Documents;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.keys.HostKeys;
import kg.trustbox.ledger.RecordsVerification;
import kg.trustbox.pdf.PdfDocuments;
import kg.trustbox.xlsx.XlsxRegister;
import kg.trustbox.document.PublicNoticeHtml;
import kg.trustbox.time.ManualClock;
import kg.trustbox.report.Finding;
import kg.trustbox.report.Quarter;
import kg.trustbox.outcome.TrustBoxException;
import kg.trustbox.school.Language;

/**
 * The demo: a fictional school plays a term of the trust-box regulation on an embedded H2 file
 * database (or the database given), writes every document in Kyrgyz and Russian, and prints a
 * summary. Running it again continues the same school with its next term.
 */
public final class Demo {
    /** Hibernate Validator announces its version through java.util.logging; the demo's console is for the term. */
    private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    private final DemoOptions options;
    private final PrintStream out;
    private final DemoWords words;
    private final DocumentIndex index = new DocumentIndex();
    /** Forms with a receipt laid out per language and term. */
    static final int FORMS = 6;
    /** The board mark printed on each stub of this run, by code: the demo prints the forms, so it has both. */
    private final java.util.Map<kg.trustbox.receipt.ReceiptCode, kg.trustbox.receipt.BoardMark> marks = new java.util.HashMap<>();

    Demo(DemoOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.words = new DemoWords(options.language());
    }

    /** Runs the demo; exits non-zero with a message on bad options or a failure. */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        int status = run(Arrays.asList(args), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the demo with {@code args}; returns the exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("trustbox demo: " + e.getMessage());
            err.println(DemoOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(DemoOptions.USAGE);
            return 0;
        }
        DemoWords words = new DemoWords(options.language());
        try {
            new Demo(options, out).play();
            return 0;
        } catch (Failure e) {
            err.println("trustbox demo: " + e.getMessage());
            return 1;
        } catch (TrustBoxException e) {
            err.println("trustbox demo: " + e.getLocalizedMessage(options.language()));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("trustbox demo: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("trustbox demo: " + OutputFolders.cannotWrite(words, options.out(), e));
            return 1;
        }
    }

    /** A failure whose message, in the console's language, names its cause: printed as it is, without a stack trace. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /**
     * The demo's steps: check the output folder, open the school's database, play the next term,
     * write its documents into a folder of their own, list them in {@code index.html}, sum up.
     */
    private void play() throws IOException {
        OutputFolders.requireWritable(words, options.out());
        String url = options.effectiveUrl();
        HostKeys keys = keys(options.keyFile());
        try (JdbiStores stores = DemoDatabase.open(words, url, keys)) {
            ManualClock clock = new ManualClock(LocalDate.of(2026, 8, 24).atStartOfDay(DemoSchool.school().zone()).toInstant());
            TrustBoxOffice office = TrustBoxOffice.of(DemoSchool.school(), stores.stores(), clock);
            SchoolTerm term = new SchoolTerm(office, clock, options.seed(), words, line -> out.println("  " + line));
            out.println(words.text("title", words.school(office.school())));
            out.println(words.text("database", DemoDatabase.masked(url)));
            out.println(words.text("keys", options.keyFile()));
            boolean isNew = term.setUpIfNew();
            if (!isNew) {
                term.continueSeals();
            }
            LocalDate start = term.nextTermStart();
            Path run = OutputFolders.runFolder(words, options.out(), start, options.jdbcUrl(), out::println);
            Path documents = Files.createDirectories(run.resolve("documents"));
            out.println(words.text(isNew ? "term.first" : "term.next", start, SchoolTerm.WEEKS));
            clock.set(start, LocalTime.of(9, 0), office.school().zone());
            int forms = layOutForms(office, term, documents);
            SchoolTerm.Result result = term.play(start);
            clock.set(result.last(), LocalTime.of(18, 0), office.school().zone());
            int written = forms + writeDocuments(office, result, documents) + writeBoards(office, result, documents);
            lookUp(office, term);
            Path page = run.toAbsolutePath().resolve("index.html");
            kg.trustbox.document.Wording ky = kg.trustbox.document.Wording.of(Language.KYRGYZ);
            index.write(page, office.school().nameKy(), ky.date(result.first()) + " – " + ky.date(result.last()));
            summary(office, result, written, documents);
            out.println(words.text("index"));
            out.println(page);
        }
    }

    /**
     * Receipts: a batch of forms in each language laid out beside the box for the term,
     * printed as forms sheets; the codes go to the term, where anonymous parents take some.
     */
    private int layOutForms(TrustBoxOffice office, SchoolTerm term, Path folder) throws IOException {
        Documents pdf = PdfDocuments.create();
        List<kg.trustbox.receipt.IssuedBatch> batches = new java.util.ArrayList<>();
        int written = 0;
        for (Language language : Language.values()) {
            kg.trustbox.receipt.IssuedReceipts batch = office.issueReceipts(FORMS).orElseThrow();
            kg.trustbox.document.ReceiptFormsView sheet = office.documents().receiptForms(batch, language);
            sheet.forms().forEach(f -> marks.put(f.code(), f.mark()));
            kg.trustbox.document.Wording w = kg.trustbox.document.Wording.of(language);
            String lang = language == Language.KYRGYZ ? "ky" : "ru";
            written += write(pdf, sheet, folder, "forms-batch-" + batch.batch().number() + "-" + lang + ".pdf",
                    w.text("forms.short", String.valueOf(batch.batch().number())), w.date(batch.batch().issuedOn()));
            term.layOutForms(batch.codes());
            batches.add(batch.batch());
        }
        out.println(words.text("receipt.issued", FORMS, batches.get(0).number(), batches.get(1).number()));
        return written;
    }

    /** The outcomes board of each quarter the term reaches into, in both languages. */
    private int writeBoards(TrustBoxOffice office, SchoolTerm.Result term, Path folder) throws IOException {
        Documents pdf = PdfDocuments.create();
        int written = 0;
        for (Quarter q = Quarter.of(term.first()); !q.first().isAfter(term.last()); q = q.next()) {
            for (Language language : Language.values()) {
                kg.trustbox.document.Wording w = kg.trustbox.document.Wording.of(language);
                String lang = language == Language.KYRGYZ ? "ky" : "ru";
                String period = w.text("board.period", String.valueOf(q.year()), q.roman());
                written += write(pdf, office.documents().outcomesBoard(q, language), folder,
                        "board-" + q.year() + "-Q" + q.quarter() + "-" + lang + ".pdf", w.text("board.short", period), w.date(q.last()));
            }
        }
        return written;
    }

    /**
     * One anonymous parent looks the appeal up with the stub: the status, never who wrote it;
     * the same stub mistyped finds nothing; the board lists it under the stub's mark.
     */
    private void lookUp(TrustBoxOffice office, SchoolTerm term) {
        if (term.stubs().isEmpty()) {
            return;
        }
        kg.trustbox.receipt.ReceiptCode code = term.stubs().keySet().iterator().next();
        // the console shows the stub's first group only, as one would read a code out of earshot
        String stub = code.grouped().substring(0, 5) + "-…";
        out.println(words.text("receipt.lookup", stub, words.receiptStatus(office.lookUpReceipt(code.grouped()))));
        String typo = code.value().substring(0, 6) + (code.value().charAt(6) == 'A' ? 'B' : 'A') + code.value().substring(7);
        out.println(words.text("receipt.lookupWrong", words.receiptStatus(office.lookUpReceipt(typo))));
        out.println(words.text("receipt.board", marks.get(code).grouped(), term.stubs().size(), term.published()));
    }

    /** The demo's key file: created with a new key on the first run, read on the next ones. */
    private static HostKeys keys(Path file) {
        return Files.exists(file) ? HostKeys.fromFile(file) : HostKeys.createFile(file);
    }

    private int writeDocuments(TrustBoxOffice office, SchoolTerm.Result term, Path folder) throws IOException {
        Documents pdf = PdfDocuments.create();
        XlsxRegister xlsx = XlsxRegister.create();
        Official chair = Official.of(DemoSchool.CHAIR, Role.COMMISSION_MEMBER);
        int written = 0;
        for (Language language : Language.values()) {
            String lang = language == Language.KYRGYZ ? "ky" : "ru";
            kg.trustbox.document.Wording words = kg.trustbox.document.Wording.of(language);
            java.util.Map<ActNumber, LocalDate> acts = new java.util.LinkedHashMap<>();
            for (var entry : office.journal()) {
                LocalDate on = office.school().local(entry.openedAt()).toLocalDate();
                if (entry.act().isPresent() && !on.isBefore(term.first()) && !on.isAfter(term.last())) {
                    acts.put(entry.act().get(), on);
                }
            }
            for (var act : acts.entrySet()) {
                ActNumber n = act.getKey();
                written += write(pdf, office.documents().withdrawalAct(n, language, chair).orElseThrow(), folder,
                        String.format("act-%d-%03d-%s.pdf", n.year(), n.sequence(), lang), words.text("act.title", n.qualified()),
                        words.date(act.getValue()));
            }
            written += write(pdf, office.documents().journal(term.first(), term.last(), language), folder,
                    "journal-" + term.first() + "-" + term.last() + "-" + lang + ".pdf", words.text("journal.title"),
                    words.date(term.first()) + " – " + words.date(term.last()));
            // the register of appeals: the school's own, with the names the chair may read (the reads recorded) ...
            String period = words.date(term.first()) + " – " + words.date(term.last());
            written += write(pdf, office.documents().register(term.first(), term.last(), language, chair).orElseThrow(), folder,
                    "register-" + term.first() + "-" + term.last() + "-" + lang + ".pdf", words.text("register.title"), period);
            // ... and the ministry's spreadsheet, read as the district's inspector, who may see no personal data
            Official inspector = Official.of(DemoSchool.INSPECTOR, Role.AUDITOR);
            var forMinistry = office.documents().register(term.first(), term.last(), language, inspector);
            if (forMinistry.rejectionIfAny().isEmpty()) {
                String name = "register-" + term.first() + "-" + term.last() + "-" + lang + ".xlsx";
                try (OutputStream o = Files.newOutputStream(folder.resolve(name))) {
                    xlsx.write(forMinistry.orElseThrow(), o);
                }
                index.add(new DocumentIndex.Entry(folder.getFileName() + "/" + name, words.text("register.title") + " (XLSX)", period, lang));
                written++;
            } else {
                out.println(words.text("register.notWritten", forMinistry.rejectionIfAny().get().message(options.language())));
            }
            for (int p : term.protocols()) {
                LocalDate held = office.protocols().stream().filter(x -> x.number() == p).map(x -> x.date()).findFirst().orElse(term.last());
                written += write(pdf, office.documents().minutes(p, language), folder, String.format("minutes-%02d-%s.pdf", p, lang),
                        words.text("minutes.title", String.valueOf(p)), words.date(held));
            }
            for (Quarter q : term.reports()) {
                written += write(pdf, office.documents().quarterlyReport(q, language), folder,
                        "report-" + q.year() + "-Q" + q.quarter() + "-" + lang + ".pdf",
                        words.text("report.title", String.valueOf(q.year()), q.roman()), words.date(q.last()));
            }
            written += write(pdf, office.documents().publicNotice(language), folder, "notice-" + lang + ".pdf",
                    words.text("notice.title"), words.date(term.last()));
            Files.writeString(folder.resolve("notice-" + lang + ".html"), PublicNoticeHtml.render(office.documents().publicNotice(language)),
                    StandardCharsets.UTF_8);
            written++;
        }
        // the letters Law No. 67 requires: a forwarding notice for each forwarded signed appeal, an extension
        // notice for each extended one, each in the appeal's own language
        for (AppealTracking t : office.appeals()) {
            if (t.anonymous() || t.withdrawnOn().isBefore(term.first()) || t.number().isEmpty()) {
                continue;
            }
            var forwarded = office.documents().forwardingNotice(t.id(), chair);
            if (forwarded.isAccepted()) {
                var notice = forwarded.orElseThrow();
                kg.trustbox.document.Wording words = kg.trustbox.document.Wording.of(notice.language());
                written += write(pdf, notice, folder, "forwarded-" + t.number().orElseThrow() + ".pdf",
                        words.text("forwarded.title") + " (" + t.number().orElseThrow() + ")", words.date(term.last()));
            }
            var extended = office.documents().extensionNotice(t.id(), chair);
            if (extended.isAccepted()) {
                var notice = extended.orElseThrow();
                kg.trustbox.document.Wording words = kg.trustbox.document.Wording.of(notice.language());
                written += write(pdf, notice, folder, "extended-" + t.number().orElseThrow() + ".pdf",
                        words.text("extended.title") + " (" + t.number().orElseThrow() + ")", words.date(term.last()));
            }
        }
        // answer letters go out in each appeal's own language
        for (AppealTracking t : office.appeals()) {
            if (t.status() == Status.ANSWERED && !t.withdrawnOn().isBefore(term.first())) {
                var letter = office.documents().answerLetter(t.id(), chair).orElseThrow();
                kg.trustbox.document.Wording words = kg.trustbox.document.Wording.of(letter.language());
                written += write(pdf, letter, folder, "answer-" + t.number().orElseThrow() + ".pdf",
                        words.text("letter.title") + " (" + t.number().orElseThrow() + ")", words.date(term.last()));
            }
        }
        return written;
    }

    private int write(Documents pdf, DocumentView view, Path folder, String name, String title, String date) throws IOException {
        try (OutputStream o = Files.newOutputStream(folder.resolve(name))) {
            // the demo's own texts in the document's language (DemoTexts): the records keep one text each
            pdf.render(DemoTexts.translate(view), o);
        }
        index.add(new DocumentIndex.Entry(folder.getFileName() + "/" + name, title, date,
                view.language() == Language.KYRGYZ ? "ky" : "ru"));
        return 1;
    }

    /**
     * The school's records verified against the anchor the previous run handed over (if any), and
     * the new anchor written for the ministry: the ledger's head, kept outside the database.
     */
    private void records(TrustBoxOffice office, Locale locale) {
        Path anchorFile = options.out().toAbsolutePath().resolve("anchor.txt");
        Optional<Chain.Head> previous = Optional.empty();
        try {
            if (Files.exists(anchorFile)) {
                String[] parts = Files.readString(anchorFile).strip().split("\\s+");
                previous = Optional.of(new Chain.Head(Long.parseLong(parts[1]), parts[2]));
            }
        } catch (IOException | RuntimeException e) {
            out.println(words.text("records.anchorUnreadable", anchorFile));
        }
        RecordsVerification v = previous.map(office::verifyRecords).orElseGet(office::verifyRecords);
        out.println(v.isIntact() ? words.text("records", v.entries(), previous.map(a -> words.text("records.agreeing", a.sequence())).orElse(""))
                : words.text("records.broken", v.discrepancies().size()));
        v.discrepancies().forEach(d -> out.println("    " + d.message(locale)));
        String anchor = office.school().id().value() + " " + v.head().sequence() + " " + v.head().hash();
        try {
            Files.writeString(anchorFile, anchor + "\n");
            out.println(words.text("anchor", anchor, anchorFile));
        } catch (IOException e) {
            out.println(words.text("anchor.notWritten", anchor, anchorFile));
        }
    }

    private void summary(TrustBoxOffice office, SchoolTerm.Result term, int documents, Path folder) {
        Locale locale = options.language();
        List<AppealTracking> all = office.appeals();
        List<AppealTracking> overdue = office.overdue(term.last().plusDays(1));
        Chain.Verification journal = office.verifyJournal();
        out.println();
        out.println(words.text("summary", term.first(), term.last()));
        out.println(words.text("summary.openings", term.openings(), term.acts(), term.appeals(), term.signed(), term.anonymous()));
        java.util.Map<Status, Long> byStatus = new java.util.EnumMap<>(Status.class);
        all.forEach(t -> byStatus.merge(t.status(), 1L, Long::sum));
        out.println(words.text("summary.total", all.size(), counts(byStatus, words::status), overdue.size()));
        out.println(words.text("summary.categories", counts(term.categories(), words::category)));
        out.println(words.text("summary.verdicts", counts(term.verdicts(), words::verdict)));
        out.println(words.text("summary.meetings", term.protocols().size(), term.reports().isEmpty() ? words.text("summary.none")
                : String.join(", ", term.reports().stream().map(q -> q.roman() + " " + q.year()).toList())));
        out.println(journal instanceof Chain.Verification.Intact i ? words.text("summary.journal", i.entries())
                : words.text("summary.journal.broken", journal.toString()));
        out.println(office.verifyAccessLog().isIntact() ? words.text("summary.accessLog", office.accessLog().size())
                : words.text("summary.accessLog.broken"));
        records(office, locale);
        List<Finding> findings = office.complianceCheck(term.first(), term.last());
        out.println(words.text("compliance", term.first(), term.last(), findings.size()));
        findings.forEach(f -> out.println("    " + words.finding(f)));
        out.println(words.text("documents", documents, folder.toAbsolutePath()));
        out.println(words.text("database.summary", options.jdbcUrl().isPresent() ? DemoDatabase.masked(options.jdbcUrl().get())
                : options.out().toAbsolutePath().resolve("trustbox.mv.db")));
        out.println(words.text("again"));
    }

    /** "answered 12, closed without answer 4": each kind in words with its count, or "none". */
    private <K> String counts(java.util.Map<K, ? extends Number> counts, java.util.function.Function<K, String> name) {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n.longValue() > 0) {
                parts.add(name.apply(k) + " " + n);
            }
        });
        return parts.isEmpty() ? words.text("summary.none") : String.join(", ", parts);
    }
}
