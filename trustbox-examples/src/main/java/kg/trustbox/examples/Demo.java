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
    private final DocumentIndex index = new DocumentIndex();

    Demo(DemoOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
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
        try {
            new Demo(options, out).play();
            return 0;
        } catch (TrustBoxException e) {
            err.println("trustbox demo: " + e.getLocalizedMessage(options.language().locale()));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("trustbox demo: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("trustbox demo: cannot write to " + options.out() + ": " + e.getMessage());
            return 1;
        }
    }

    private void play() throws IOException {
        Files.createDirectories(options.out());
        Path documents = Files.createDirectories(options.out().resolve("documents"));
        String url = options.effectiveUrl();
        HostKeys keys = keys(options.keyFile());
        try (JdbiStores stores = open(url, keys)) {
            ManualClock clock = new ManualClock(LocalDate.of(2026, 8, 24).atStartOfDay(DemoSchool.school().zone()).toInstant());
            TrustBoxOffice office = TrustBoxOffice.of(DemoSchool.school(), stores.stores(), clock);
            SchoolTerm term = new SchoolTerm(office, clock, options.seed(), line -> out.println("  " + line));
            out.println("trustbox demo: " + office.school().nameKy());
            out.println("database: " + url.replaceAll("password=[^&;]*", "password=***"));
            out.println("keys: " + options.keyFile() + " (appellants' names are stored encrypted with them; keep the file apart from"
                    + " the database's backups)");
            boolean isNew = term.setUpIfNew();
            if (!isNew) {
                term.continueSeals();
            }
            LocalDate start = term.nextTermStart();
            out.println((isNew ? "First term" : "Next term") + ", from " + start + " (" + SchoolTerm.WEEKS + " Tuesdays):");
            SchoolTerm.Result result = term.play(start);
            clock.set(result.last(), LocalTime.of(18, 0), office.school().zone());
            int written = writeDocuments(office, result, documents);
            Path page = options.out().toAbsolutePath().resolve("index.html");
            kg.trustbox.document.Wording ky = kg.trustbox.document.Wording.of(Language.KYRGYZ);
            index.write(page, office.school().nameKy(), ky.date(result.first()) + " – " + ky.date(result.last()));
            summary(office, result, written, documents);
            out.println("Open " + page + " in a browser: it lists every document of this term and links to it.");
        }
    }

    /** The demo's key file: created with a new key on the first run, read on the next ones. */
    private static HostKeys keys(Path file) {
        return Files.exists(file) ? HostKeys.fromFile(file) : HostKeys.createFile(file);
    }

    private static JdbiStores open(String url, HostKeys keys) {
        if (url.startsWith("jdbc:h2:")) {
            return JdbiStores.h2(url, keys);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the demo runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...), not " + url);
        }
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(url);
        JdbiStores.migrate(ds, keys);
        return JdbiStores.create(ds, keys);
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
                out.println("  register for the ministry: not written, " + forMinistry.rejectionIfAny().get().message(options.language().locale()));
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
            pdf.render(view, o);
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
            out.println("  records: the anchor in " + anchorFile + " cannot be read; verified without it");
        }
        RecordsVerification v = previous.map(office::verifyRecords).orElseGet(office::verifyRecords);
        out.println("  records: " + (v.isIntact() ? "verified, " + v.entries() + " ledger entries"
                + previous.map(a -> ", agreeing with the anchor of the previous run (entry " + a.sequence() + ")").orElse("")
                : v.discrepancies().size() + " DISCREPANCIES"));
        v.discrepancies().forEach(d -> out.println("    " + d.message(locale)));
        String anchor = office.school().id().value() + " " + v.head().sequence() + " " + v.head().hash();
        try {
            Files.writeString(anchorFile, anchor + "\n");
            out.println("  anchor for the ministry: " + anchor + " (written to " + anchorFile + ")");
        } catch (IOException e) {
            out.println("  anchor for the ministry: " + anchor + " (cannot be written to " + anchorFile + ")");
        }
    }

    private void summary(TrustBoxOffice office, SchoolTerm.Result term, int documents, Path folder) {
        Locale locale = options.language().locale();
        List<AppealTracking> all = office.appeals();
        List<AppealTracking> overdue = office.overdue(term.last().plusDays(1));
        Chain.Verification journal = office.verifyJournal();
        out.println();
        out.println("Summary of the term " + term.first() + " to " + term.last() + ":");
        out.printf("  openings: %d, withdrawal acts: %d, appeals: %d (signed %d, anonymous %d)%n", term.openings(), term.acts(),
                term.appeals(), term.signed(), term.anonymous());
        out.printf("  school total: %d appeals, %d answered, %d closed without answer, %d overdue%n", all.size(),
                all.stream().filter(t -> t.status() == Status.ANSWERED).count(), all.stream().filter(t -> t.status() == Status.CLOSED).count(),
                overdue.size());
        out.printf("  meetings with signed minutes this term: %d; quarterly reports: %s%n", term.protocols().size(), term.reports());
        out.println("  journal: " + (journal instanceof Chain.Verification.Intact i ? "verified, " + i.entries() + " entries"
                : "BROKEN: " + journal));
        out.println("  access log: " + (office.verifyAccessLog().isIntact() ? "verified, " + office.accessLog().size() + " reads recorded" : "BROKEN"));
        records(office, locale);
        List<Finding> findings = office.complianceCheck(term.first(), term.last());
        out.println("  compliance check, " + term.first() + " to " + term.last() + ": " + findings.size() + " finding(s)");
        findings.forEach(f -> out.println("    " + f.message(locale)));
        out.println("  documents: " + documents + " files in " + folder.toAbsolutePath());
        out.println("  database: " + (options.jdbcUrl().isPresent() ? options.jdbcUrl().get().replaceAll("password=[^&;]*", "password=***")
                : options.out().toAbsolutePath().resolve("trustbox.mv.db")));
        out.println("Run the demo again to play the next term of the same school.");
    }
}
