package org.infradigest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Article;

/**
 * Test-only reader for the corpus text files: an optional header block ({@code Title:}, {@code Date:},
 * {@code URL:}, {@code Source:} lines, then a blank line) and the body; without a header the first line is the title.
 */
final class NewsFixture {

    private NewsFixture() {
    }

    static Article article(String resource) {
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        return parse(read(resource), fileName);
    }

    static String read(String resource) {
        try (InputStream in = NewsFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article parse(String text, String fileName) {
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        String title = null;
        LocalDate date = null;
        String url = null;
        String outlet = null;
        int i = 0;
        boolean header = false;
        while (i < lines.size() && lines.get(i).matches("^(Title|Date|URL|Source):.*")) {
            header = true;
            String line = lines.get(i);
            String value = line.substring(line.indexOf(':') + 1).trim();
            switch (line.substring(0, line.indexOf(':'))) {
                case "Title" -> title = value;
                case "Date" -> date = LocalDate.parse(value);
                case "URL" -> url = value;
                default -> outlet = value;
            }
            i++;
        }
        if (!header) {
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            title = i < lines.size() ? lines.get(i++).trim() : "";
        }
        String body = String.join("\n", lines.subList(i, lines.size())).strip();
        return new Article(fileName, title == null ? "" : title, date, url, outlet, fileName, "text", body);
    }

    /** An article with only a body, for sentence-sized fixtures. */
    static Article of(String title, LocalDate published, String body) {
        return new Article("test", title, published, null, null, "test.txt", "text", body);
    }
}
