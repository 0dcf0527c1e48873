package kg.trustbox.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The page a demo runner opens first: every document the run wrote, with its title, date and
 * language, linked. Plain HTML, no script, readable offline.
 */
final class DocumentIndex {
    /** One document: its file (relative to the page), title, date and language code ({@code ky}, {@code ru}). */
    record Entry(String file, String title, String date, String language) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry entry) {
        entries.add(entry);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Writes the page to {@code page}. */
    void write(Path page, String school, String term) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"ky\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(school)).append(" — trustbox</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #999;padding:.3em .6em;text-align:left}</style>\n</head>\n<body>\n<h1>")
                .append(escape(school)).append("</h1>\n<p>").append(escape(term)).append("</p>\n<table>\n<thead><tr>")
                .append("<th>Документ</th><th>Дата</th><th>Тил / Язык</th></tr></thead>\n<tbody>\n");
        for (Entry e : entries) {
            b.append("<tr lang=\"").append(e.language()).append("\"><td><a href=\"").append(escape(e.file())).append("\">")
                    .append(escape(e.title())).append("</a></td><td>").append(escape(e.date())).append("</td><td>")
                    .append(e.language().equals("ky") ? "кыргызча" : "русский").append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</body>\n</html>\n");
        Files.writeString(page, b.toString(), StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
