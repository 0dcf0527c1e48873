package kg.trustbox.examples;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Status;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.document.Wording;
import kg.trustbox.school.Language;

/**
 * The demo's console in one language: Kyrgyz, Russian or English, from the bundle
 * {@code kg.trustbox.examples.demo}. Categories and verdicts in Kyrgyz and Russian are the
 * documents' own words ({@link Wording}); English has its own, as the documents have none.
 */
final class DemoWords {
    static final String BUNDLE = "kg.trustbox.examples.demo";
    static final Locale KY = Locale.forLanguageTag("ky");
    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale EN = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    DemoWords(Locale locale) {
        this.locale = locale;
        // English is the root bundle: never the JVM's default locale
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? Locale.ROOT : locale, NO_FALLBACK);
    }

    Locale locale() {
        return locale;
    }

    /** The documents' language closest to the console's: Russian for {@code ru}, Kyrgyz otherwise. */
    Language documentLanguage() {
        return locale.getLanguage().equals("ru") ? Language.RUSSIAN : Language.KYRGYZ;
    }

    private boolean english() {
        return locale.getLanguage().equals("en");
    }

    /** The text {@code key} with {@code arguments} put in (pass text, not numbers). */
    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Number n ? n.toString() : arguments[i];
        }
        return new MessageFormat(pattern, Locale.ROOT).format(shown);
    }

    String category(Category category) {
        return english() ? text("category." + category.name()) : Wording.of(documentLanguage()).text("category." + category.name());
    }

    String verdict(Verdict verdict) {
        return english() ? text("verdict." + verdict.name()) : Wording.of(documentLanguage()).text("register.verdict." + verdict.name());
    }

    String status(Status status) {
        return text("status." + status.name());
    }

    /** A demo text in the console's language. */
    String name(DemoTexts.Text text) {
        return english() ? text.en() : text.in(documentLanguage());
    }

    /** A finding, its rule named in this language where the rule's id is words ("Law No. 67"), not a clause number. */
    String finding(kg.trustbox.report.Finding finding) {
        String message = finding.message(locale);
        String key = "rule." + finding.rule().name();
        if (!bundle.containsKey(key)) {
            return message;
        }
        String id = " " + finding.rule().id() + ":";
        int at = message.indexOf(id);
        return at < 0 ? message : message.substring(0, at) + " " + text(key) + ":" + message.substring(at + id.length());
    }

    /** What a receipt's lookup answered, in words. */
    String receiptStatus(kg.trustbox.receipt.ReceiptStatus status) {
        if (status instanceof kg.trustbox.receipt.ReceiptStatus.Received r) {
            return text("status.receipt.received", r.on());
        }
        if (status instanceof kg.trustbox.receipt.ReceiptStatus.Registered r) {
            return text("status.receipt.registered", r.number(), r.on());
        }
        if (status instanceof kg.trustbox.receipt.ReceiptStatus.UnderConsideration u) {
            return text("status.receipt.considered", u.due().map(d -> text("status.receipt.due", d)).orElse(""));
        }
        if (status instanceof kg.trustbox.receipt.ReceiptStatus.Forwarded f) {
            return text("status.receipt.forwarded", f.body(), f.due().map(d -> text("status.receipt.due", d)).orElse(""));
        }
        if (status instanceof kg.trustbox.receipt.ReceiptStatus.Decided d) {
            return text("status.receipt.decided", verdict(d.verdict()),
                    d.publishedOutcome().map(o -> text("status.receipt.outcome", o)).orElse(text("status.receipt.noOutcome")));
        }
        return text(status instanceof kg.trustbox.receipt.ReceiptStatus.TryLater ? "status.receipt.later" : "status.receipt.notFound");
    }

    /** The school's name: in Russian for a Russian console, in Kyrgyz otherwise. */
    String school(kg.trustbox.school.School school) {
        return locale.getLanguage().equals("ru") ? school.nameRu() : school.nameKy();
    }
}
