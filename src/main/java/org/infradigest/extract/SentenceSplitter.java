package org.infradigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.infradigest.text.Lines;

/**
 * Splits an article body into sentences, keeping abbreviations ("U.S.", "Sept.", "No.") and decimals whole,
 * and turns runs of table lines starting with {@code |} into one row per label/value pair with the table's caption.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("u.s", "u.k", "e.u", "u.n", "mr", "mrs", "ms", "dr",
            "prof", "st", "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd", "plc", "jr", "sr", "gov", "dept",
            "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "e.g", "i.e", "fig", "p.m", "a.m", "rs", "mt", "ft", "gen", "sen", "rep", "govt");

    private final NumberGrammar numbers;

    public SentenceSplitter(NumberGrammar numbers) {
        this.numbers = numbers;
    }

    public List<Sentence> split(String body) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> lines = Lines.of(NumberGrammar.repairBrokenDecimals(body));
        int paragraph = 0;
        List<String> table = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("|")) {
                table.add(line);
                continue;
            }
            if (!table.isEmpty()) {
                addTable(table, paragraph++, sentences);
                table.clear();
            }
            if (line.isEmpty()) {
                continue;
            }
            for (String s : splitParagraph(line)) {
                sentences.add(Sentence.prose(s, paragraph));
            }
            paragraph++;
        }
        if (!table.isEmpty()) {
            addTable(table, paragraph, sentences);
        }
        return sentences;
    }

    List<String> splitParagraph(String paragraph) {
        List<String> out = new ArrayList<>();
        // A sentence ends at . ! or ? (and closing quotes) before a capital, a digit or a Han character, or at 。！？
        int start = 0;
        long boundary;
        for (int from = 0; (boundary = SentenceBoundaries.next(paragraph, from)) >= 0; ) {
            int dot = SentenceBoundaries.start(boundary);
            int end = SentenceBoundaries.end(boundary);
            from = end > dot ? end : end + 1; // as a regex search goes on after an empty match
            if (paragraph.charAt(dot) == '.' && isAbbreviation(paragraph, start, dot)) {
                continue;
            }
            String s = paragraph.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            start = end;
        }
        String last = paragraph.substring(start).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int i = dot;
        while (i > from && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        String word = text.substring(i, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        // Single capital initials ("J. Smith") and listed abbreviations do not end a sentence.
        // A single capital after a space is an initial ("J. Smith"); after a hyphen it ends a word ("5G-A.").
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(i))
                && (i == from || Character.isWhitespace(text.charAt(i - 1)));
        return ABBREVIATIONS.contains(word) || initial;
    }

    /**
     * Turns table lines into rows. Two layouts: one cell per line, label and value on consecutive lines
     * ({@code |Karnataka} then {@code |30214}), other lines being the caption of the rows that follow; or
     * markdown-style rows with several cells per line, the first line naming the columns.
     */
    private void addTable(List<String> lines, int paragraph, List<Sentence> out) {
        if (lines.stream().filter(l -> cells(l).size() > 1).count() >= 2) {
            addGrid(lines, paragraph, out);
            return;
        }
        List<String> caption = new ArrayList<>();
        boolean lastWasRow = false;
        int i = 0;
        while (i < lines.size()) {
            String label = cell(lines.get(i));
            boolean pair = i + 1 < lines.size() && numbers.cellValue(cell(lines.get(i + 1))) != null
                    && (numbers.cellValue(label) == null || label.matches("\\d{4}"));
            if (pair) {
                String value = cell(lines.get(i + 1));
                out.add(new Sentence(lines.get(i) + "\n" + lines.get(i + 1), paragraph, label, value,
                        String.join(". ", caption)));
                lastWasRow = true;
                i += 2;
            } else {
                if (lastWasRow) {
                    caption.clear(); // a caption line after rows starts the next table
                    lastWasRow = false;
                }
                caption.add(label);
                i++;
            }
        }
    }

    /** A grid: the first multi-cell line names the columns; each numeric cell of a later row is one figure. */
    private void addGrid(List<String> lines, int paragraph, List<Sentence> out) {
        List<String> caption = new ArrayList<>();
        List<String> header = null;
        for (String line : lines) {
            List<String> cells = cells(line);
            if (cells.stream().allMatch(c -> c.matches("[-:\\s]*"))) {
                continue; // |---|---| separator
            }
            if (cells.size() < 2) {
                caption.add(cells.isEmpty() ? "" : cells.get(0));
                continue;
            }
            if (header == null) {
                header = cells;
                continue;
            }
            for (int c = 1; c < cells.size(); c++) {
                if (numbers.cellValue(cells.get(c)) == null) {
                    continue;
                }
                String column = c < header.size() ? header.get(c) : "";
                String context = String.join(". ", caption) + (caption.isEmpty() ? "" : ". ") + column;
                out.add(new Sentence(line, paragraph, cells.get(0), cells.get(c), context));
            }
        }
    }

    private static List<String> cells(String line) {
        String inner = cell(line);
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    private static String cell(String line) {
        String c = line.strip();
        if (c.startsWith("|")) {
            c = c.substring(1);
        }
        if (c.endsWith("|")) {
            c = c.substring(0, c.length() - 1);
        }
        return c.strip();
    }
}
