package kg.trustbox.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The second half of the mutation gate (profile {@code mutation}), run after PIT: no mutant of the
 * rule-bearing code (the hash chains, the box and its openings, the commission, access, the
 * deadlines and the compliance check) may survive or go untested unless it is listed, with a
 * one-line reason, as equivalent in {@code trustbox-core/mutation-equivalents.txt}. A listed
 * mutant that PIT no longer reports is an error too, so the list never goes stale.
 *
 * <p>Each line of the list is {@code class method line description # reason}, fields separated by
 * tabs or by {@code " | "}; blank lines and lines starting with {@code #} are ignored.
 */
public final class MutationGate {
    /** The classes whose every mutant must be caught. */
    static final List<String> STRICT = List.of("kg.trustbox.chain.", "kg.trustbox.box.", "kg.trustbox.commission.",
            "kg.trustbox.access.", "kg.trustbox.appeal.Deadlines", "kg.trustbox.appeal.DeadlinePolicy",
            "kg.trustbox.report.ComplianceCheck");

    private MutationGate() {
    }

    /** {@code args}: the PIT report {@code mutations.xml} and the list of equivalent mutants. */
    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        Path equivalents = Path.of(args[1]);
        Set<String> listed = listed(equivalents);
        Set<String> escaped = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList mutations = doc.getElementsByTagName("mutation");
        for (int i = 0; i < mutations.getLength(); i++) {
            Element m = (Element) mutations.item(i);
            String status = m.getAttribute("status");
            String cls = text(m, "mutatedClass");
            if (!(status.equals("SURVIVED") || status.equals("NO_COVERAGE")) || STRICT.stream().noneMatch(cls::startsWith)) {
                continue;
            }
            String key = cls + " | " + text(m, "mutatedMethod") + " | " + text(m, "lineNumber") + " | " + text(m, "description");
            seen.add(key);
            if (!listed.contains(key)) {
                escaped.add(status + ": " + key);
            }
        }
        List<String> stale = new ArrayList<>();
        for (String l : listed) {
            if (!seen.contains(l)) {
                stale.add(l);
            }
        }
        if (!escaped.isEmpty() || !stale.isEmpty()) {
            StringBuilder b = new StringBuilder("mutation gate: ");
            if (!escaped.isEmpty()) {
                b.append(escaped.size()).append(" mutant(s) of rule-bearing code escaped the tests; kill them, or list them in ")
                        .append(equivalents).append(" with the reason they are equivalent:");
                escaped.forEach(e -> b.append("\n  ").append(e));
            }
            if (!stale.isEmpty()) {
                b.append("\n").append(stale.size()).append(" listed mutant(s) no longer reported; remove them from ").append(equivalents)
                        .append(':');
                stale.forEach(e -> b.append("\n  ").append(e));
            }
            throw new IllegalStateException(b.toString());
        }
        System.out.println("mutation gate: no mutant of rule-bearing code escaped (" + listed.size() + " listed as equivalent)");
    }

    private static Set<String> listed(Path file) throws IOException {
        Set<String> keys = new TreeSet<>();
        if (!Files.exists(file)) {
            return keys;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int hash = l.indexOf(" # ");
            if (hash < 0) {
                throw new IllegalStateException("mutation gate: " + file + ": no reason given (\" # why\") for: " + l);
            }
            keys.add(String.join(" | ", l.substring(0, hash).strip().split("\\s*\\|\\s*|\\t")));
        }
        return keys;
    }

    private static String text(Element m, String tag) {
        return m.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
