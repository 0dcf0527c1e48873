package kg.trustbox.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("messages exist in Kyrgyz, Russian and English for every key the code uses")
class MessagesTest {

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/kg/trustbox/rule/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void sameKeysInEveryLanguage() throws IOException {
        Set<Object> en = load("").keySet();
        assertThat(load("_ky").keySet()).containsExactlyInAnyOrderElementsOf(en);
        assertThat(load("_ru").keySet()).containsExactlyInAnyOrderElementsOf(en);
    }

    @Test
    void everyKeyUsedInTheCoreExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"((?:commission|election|box|seal|opening|appeal|access|meeting|report|protocol|compliance|basis)\\.[A-Za-z]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyIncidentHasAFindingInEveryLanguage() throws IOException {
        for (String suffix : java.util.List.of("", "_ky", "_ru")) {
            Properties p = load(suffix);
            for (kg.trustbox.box.Incident i : kg.trustbox.box.Incident.values()) {
                assertThat(p.getProperty("compliance.incident." + i.name())).as("%s in messages%s", i, suffix).contains("{0}");
            }
        }
    }

    @Test
    void kyrgyzLettersSurvive() {
        assertThat(Messages.format("commission.noParent", Messages.KYRGYZ)).contains("өкүлү");
        assertThat(Messages.format("commission.noParent", java.util.Locale.GERMAN))
                .as("an unknown language falls back to English").contains("parent community");
    }
}
