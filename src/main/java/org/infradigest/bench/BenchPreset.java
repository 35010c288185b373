package org.infradigest.bench;

import java.util.Locale;

/** Corpus sizes of the benchmark: a quick look, the middle to show how cost grows, and the target night. */
public enum BenchPreset {

    SMALL(1_000, 10_000),
    MID(10_000, 100_000),
    TARGET(100_000, 1_000_000);

    private final int articles;
    private final long statRows;

    BenchPreset(int articles, long statRows) {
        this.articles = articles;
        this.statRows = statRows;
    }

    public int articles() {
        return articles;
    }

    public long statRows() {
        return statRows;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** small, mid or target; also {@code custom:<articles>:<rows>} (e.g. custom:2000:50000). */
    public static Sizes parse(String text) {
        if (text.startsWith("custom:")) {
            String[] parts = text.split(":");
            return new Sizes(text.replace(':', '-'), Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
        }
        BenchPreset preset = valueOf(text.toUpperCase(Locale.ROOT));
        return new Sizes(preset.id(), preset.articles, preset.statRows);
    }

    /** A corpus size with the folder name it is kept under. */
    public record Sizes(String id, int articles, long statRows) {
    }
}
