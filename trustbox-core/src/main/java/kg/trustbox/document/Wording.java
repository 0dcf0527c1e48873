package kg.trustbox.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import kg.trustbox.school.Language;

/**
 * The documents' wording in one language, read from the bundle {@code kg.trustbox.document.wording}
 * ({@code wording_ky.properties}, {@code wording_ru.properties}), and the official way each
 * language writes dates and times: "2026-жылдын 24-ноябры", "саат 12:05"; «24» ноября 2026 г.,
 * "в 12 ч 05 мин".
 *
 * <p>Every renderer takes the legal wording from here, so none needs a copy of it. Immutable and
 * thread-safe.
 */
public final class Wording {
    /** The bundle's base name. */
    public static final String BUNDLE = "kg.trustbox.document.wording";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final Language language;
    private final ResourceBundle bundle;

    private Wording(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }

    /** The wording in {@code language}. */
    public static Wording of(Language language) {
        return new Wording(Objects.requireNonNull(language, "language"));
    }

    /** The language. */
    public Language language() {
        return language;
    }

    /** The language's tag, {@code ky} or {@code ru}. */
    public String tag() {
        return language.locale().getLanguage();
    }

    /** The text {@code key} with {@code arguments} put in ({@link MessageFormat}; pass text, not numbers). */
    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /**
     * The text {@code key} for a count: {@code key + ".one"} where the language has such a form and
     * {@code count} takes it (Russian 1, 21, 31 ...), {@code key} otherwise.
     */
    public String counted(String key, int count) {
        String one = key + ".one";
        if (bundle.containsKey(one) && count % 10 == 1 && count % 100 != 11) {
            return text(one, Integer.toString(count));
        }
        return text(key, Integer.toString(count));
    }

    /** A date as an official document writes it. */
    public String date(LocalDate date) {
        return text("date.pattern", Integer.toString(date.getDayOfMonth()),
                text("month." + date.getMonthValue()), Integer.toString(date.getYear()));
    }

    /** A time as an official document writes it ("саат 12:05", "в 12 ч 05 мин"). */
    public String time(LocalTime time) {
        return text("time.pattern", Integer.toString(time.getHour()), twoDigits(time.getMinute()));
    }

    /** A time on a clock face, for hours and schedules: {@code 8:00}, {@code 17:00}. */
    public static String clock(LocalTime time) {
        return time.getHour() + ":" + twoDigits(time.getMinute());
    }

    /** Date and time, separated by {@code separator}. */
    public String dateTime(LocalDateTime at, String separator) {
        return date(at.toLocalDate()) + separator + time(at.toLocalTime());
    }

    /** A quarter in Roman numerals, as documents name it. */
    public static String roman(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        return ROMAN[quarter - 1];
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
