package kg.trustbox.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Verdict;

/**
 * The figures of a quarterly report for one school or many: counts only, no
 * personal data. Immutable. {@link #plus} adds two sets of figures, so reports of many schools
 * roll up into one (a district, a region, the ministry); an adapter can compute the same sums in
 * SQL, and the median from the summed {@link #daysToDecision} histogram.
 *
 * @param received appeals withdrawn in the quarter
 * @param byCategory registered appeals per category
 * @param signed signed appeals
 * @param anonymous anonymous appeals
 * @param kyrgyz registered appeals written in Kyrgyz
 * @param russian in Russian
 * @param otherLanguage in another language
 * @param byVerdict decided appeals per verdict
 * @param forwardedTo appeals per competent body they were sent to
 * @param decidedOnTime decided within their term
 * @param decidedLate decided after their term
 * @param overdue undecided past their term at the quarter's end
 * @param daysToDecision how many appeals took how many days from registration to decision
 * @param openings openings of the box
 * @param deviations openings recorded as deviations from the slot
 * @param missedTuesdays Tuesdays with neither an opening nor a recorded deviation
 * @param incidents seal and box incidents found at openings
 * @param tags appeals per recurring-problem tag
 */
public record Figures(
        int received,
        Map<Category, Integer> byCategory,
        int signed,
        int anonymous,
        int kyrgyz,
        int russian,
        int otherLanguage,
        Map<Verdict, Integer> byVerdict,
        Map<String, Integer> forwardedTo,
        int decidedOnTime,
        int decidedLate,
        int overdue,
        SortedMap<Integer, Integer> daysToDecision,
        int openings,
        int deviations,
        int missedTuesdays,
        int incidents,
        Map<String, Integer> tags) {

    public Figures {
        byCategory = complete(byCategory, Category.values());
        byVerdict = complete(byVerdict, Verdict.values());
        forwardedTo = Map.copyOf(forwardedTo);
        daysToDecision = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(daysToDecision));
        tags = Map.copyOf(tags);
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Map<E, Integer> counts, E[] all) {
        Map<E, Integer> m = new EnumMap<>(all[0].getDeclaringClass());
        for (E e : all) {
            m.put(e, counts.getOrDefault(e, 0));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** No appeals, no openings. */
    public static Figures empty() {
        return new Figures(0, Map.of(), 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0, 0, new TreeMap<>(), 0, 0, 0, 0, Map.of());
    }

    /** The sum of this and {@code other}: counts add up, histograms merge. */
    public Figures plus(Figures other) {
        return new Figures(received + other.received, add(byCategory, other.byCategory), signed + other.signed,
                anonymous + other.anonymous, kyrgyz + other.kyrgyz, russian + other.russian, otherLanguage + other.otherLanguage,
                add(byVerdict, other.byVerdict), add(forwardedTo, other.forwardedTo), decidedOnTime + other.decidedOnTime,
                decidedLate + other.decidedLate, overdue + other.overdue, new TreeMap<>(add(daysToDecision, other.daysToDecision)),
                openings + other.openings, deviations + other.deviations, missedTuesdays + other.missedTuesdays,
                incidents + other.incidents, add(tags, other.tags));
    }

    /** The sum of {@code figures}. */
    public static Figures sum(List<Figures> figures) {
        return figures.stream().reduce(empty(), Figures::plus);
    }

    private static <K> Map<K, Integer> add(Map<K, Integer> a, Map<K, Integer> b) {
        Map<K, Integer> m = a instanceof SortedMap ? new TreeMap<>(a) : new java.util.HashMap<>(a);
        b.forEach((k, v) -> m.merge(k, v, Integer::sum));
        return m;
    }

    /** Appeals decided. */
    public int decided() {
        return daysToDecision.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The median number of days from registration to decision; {@code NaN} when nothing was decided. */
    public double medianDaysToDecision() {
        int n = decided();
        if (n == 0) {
            return Double.NaN;
        }
        return (nth((n - 1) / 2) + nth(n / 2)) / 2.0;
    }

    private int nth(int index) {
        int seen = 0;
        for (Map.Entry<Integer, Integer> e : daysToDecision.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("index beyond the histogram");
    }

    /** The longest number of days from registration to decision; 0 when nothing was decided. */
    public int longestDaysToDecision() {
        return daysToDecision.isEmpty() ? 0 : daysToDecision.lastKey();
    }
}
