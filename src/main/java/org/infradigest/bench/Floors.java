package org.infradigest.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.domain.Article;
import org.infradigest.extract.ExtractionEngine;
import org.infradigest.store.IdSpans;
import org.infradigest.store.MultiRowInsert;
import org.jsoup.Jsoup;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the libraries can do at best on the same data, with no logic of ours: reading the files raw, parsing
 * them with the format's library (jsoup, ROME, Jackson, commons-csv) on all cores, plain JDBC inserts into a
 * fresh H2 file database (articles in batches, facts 100 rows a statement), plain JDBC scans of the run's
 * database, the extraction engine alone on all cores, and POI's streaming workbook and a plain writer for the
 * same rows. Each method returns seconds.
 */
final class Floors {

    private static final int BATCH = 1_000;
    private static final int MAX_ROWS = 1_048_576;

    private Floors() {
    }

    /** Reads every file below {@code folder} through a buffered stream; returns seconds. */
    static double readRaw(Path folder) throws IOException {
        long start = System.nanoTime();
        byte[] buffer = new byte[64 * 1024];
        AtomicLong bytes = new AtomicLong();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        bytes.addAndGet(n);
                    }
                }
            }
        }
        return seconds(start);
    }

    /**
     * Parses every news file with the library for its format and no logic of ours, on all cores: jsoup for HTML
     * pages, ROME for feeds (strict XML, and jsoup for each item's HTML, as the feed reader must), Jackson for each
     * JSON line, the UTF-8 decoder for plain text. Returns seconds.
     */
    static double parseNews(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        JsonMapper json = JsonMapper.builder().build();
        long start = System.nanoTime();
        long nodes = files.parallelStream().mapToLong(file -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).getAllElements().size();
                }
                if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
                    SyndFeedInput input = new SyndFeedInput();
                    input.setXmlHealerOn(false); // the job, too, heals only feeds that are not well-formed
                    SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
                    long n = 0;
                    for (SyndEntry entry : feed.getEntries()) {
                        if (entry.getDescription() != null) {
                            n += Jsoup.parseBodyFragment(entry.getDescription().getValue()).getAllElements().size();
                        }
                    }
                    return n;
                }
                if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                    long n = 0;
                    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank()) {
                            n += json.readTree(line).size();
                        }
                    }
                    return n;
                }
                return new String(bytes, StandardCharsets.UTF_8).length();
            } catch (IOException | FeedException e) {
                throw new IllegalStateException("floor cannot parse " + file, e);
            }
        }).sum();
        return nodes < 0 ? 0 : seconds(start);
    }

    /** Parses every statistics file with commons-csv and no logic of ours (one file a core); returns seconds. */
    static double parseStats(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        long start = System.nanoTime();
        long cells = files.parallelStream().mapToLong(file -> {
            long n = 0;
            try (CSVParser parser = CSVParser.builder().setReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))
                    .setFormat(CSVFormat.RFC4180).get()) {
                for (CSVRecord record : parser) {
                    n += record.size();
                }
            } catch (IOException e) {
                throw new IllegalStateException("floor cannot parse " + file, e);
            }
            return n;
        }).sum();
        return cells < 0 ? 0 : seconds(start);
    }

    static Connection freshDatabase(Path folder) throws SQLException, IOException {
        BenchCommand.deleteRecursively(folder);
        Files.createDirectories(folder);
        return DriverManager.getConnection("jdbc:h2:file:" + folder.toAbsolutePath().resolve("floor"), "sa", "");
    }

    /** Batch-inserts {@code rows} articles with bodies of {@code bodyChars} characters, one commit per batch. */
    static double insertArticles(Connection db, long rows, int bodyChars) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("""
                    CREATE TABLE article (article_key VARCHAR(64) PRIMARY KEY, url VARCHAR(2048), title VARCHAR(2000),
                                          file VARCHAR(2048), body CHARACTER VARYING)""");
        }
        String body = "x".repeat(Math.max(1, bodyChars));
        db.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO article VALUES (?, ?, ?, ?, ?)")) {
            for (long n = 0; n < rows; n++) {
                String key = String.format("%064x", n * 0x9E3779B97F4A7C15L);
                insert.setString(1, key);
                insert.setString(2, "https://news.example.org/2024/05/article-" + n + ".html");
                insert.setString(3, "Title of article " + n);
                insert.setString(4, "news/txt/000/article-" + n + ".txt");
                insert.setString(5, body);
                insert.addBatch();
                if ((n + 1) % 20 == 0) { // the ingest step's chunk of 20 files
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        return seconds(start);
    }

    /**
     * Inserts {@code rows} fact rows (the fact table's columns, identity key only), 100 rows a statement as H2 does
     * best (a JDBC batch of one-row statements took 16% more CPU in a harness), committing every 1,000.
     */
    static double insertFacts(Connection db, String table, long rows) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE " + table + """
                     (fact_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, article_key VARCHAR(64),
                      seq INT NOT NULL, metric VARCHAR(128) NOT NULL, fact_value DECIMAL(38, 10) NOT NULL,
                      unit VARCHAR(64), region VARCHAR(200) NOT NULL, operator VARCHAR(200), period VARCHAR(32),
                      qualifier VARCHAR(16) NOT NULL, origin VARCHAR(16) NOT NULL, source VARCHAR(2048) NOT NULL,
                      sentence CHARACTER VARYING, run_date DATE NOT NULL, stats_file VARCHAR(2048),
                      aggregate_region BOOLEAN NOT NULL)""");
        }
        db.setAutoCommit(false);
        java.sql.Date run = java.sql.Date.valueOf("2025-07-01");
        MultiRowInsert insert = new MultiRowInsert(table, List.of("article_key", "seq", "metric", "fact_value", "unit",
                "region", "operator", "period", "qualifier", "origin", "source", "sentence", "run_date", "stats_file",
                "aggregate_region"));
        List<Long> batch = new ArrayList<>(BATCH);
        long start = System.nanoTime();
        for (long n = 0; n < rows; n++) {
            batch.add(n);
            if (batch.size() == BATCH || n == rows - 1) {
                insert.insert(db, batch, (ps, o, row, index) -> {
                    ps.setString(o + 1, null);
                    ps.setInt(o + 2, row.intValue());
                    ps.setString(o + 3, "base_stations_5g");
                    ps.setBigDecimal(o + 4, BigDecimal.valueOf(1_000 + row % 50_000_000));
                    ps.setString(o + 5, "base_stations");
                    ps.setString(o + 6, "Guangdong");
                    ps.setString(o + 7, row % 3 == 0 ? "China Mobile" : null);
                    ps.setString(o + 8, "2024-0" + (1 + row % 9));
                    ps.setString(o + 9, "EXACT");
                    ps.setString(o + 10, "STATISTICS");
                    ps.setString(o + 11, "https://stats.example.org/table/" + row % 977);
                    ps.setString(o + 12, "base_stations_5g," + (1_000 + row)
                            + ",base_stations,Guangdong,,2024-05,,https://stats.example.org/table/1");
                    ps.setDate(o + 13, run);
                    ps.setString(o + 14, "stats/tidy-0000.csv");
                    ps.setBoolean(o + 15, false);
                });
                // H2 does best with a transaction of a few hundred to a few thousand rows: in a harness,
                // 732,000 rows took 1.1 s committed every 250 to 2,000, 2.5 s every 10,000 and 3 s in one.
                db.commit();
                batch.clear();
            }
        }
        return seconds(start);
    }

    /** Reads all stored articles of the run's database with their bodies, in pages of row ids; returns seconds. */
    static double scanArticles(Connection run) throws SQLException, IOException {
        long start = System.nanoTime();
        long[] chars = {0};
        forEachRow(run, """
                SELECT article_key, url, title, published, outlet, file, format,
                       (SELECT b.body FROM article_body b WHERE b.article_no = article.article_no)
                FROM article""", "_ROWID_", rs -> chars[0] += rs.getString(8).length() + rs.getString(1).length());
        return chars[0] < 0 ? 0 : seconds(start);
    }

    /**
     * The extraction engine alone, on all cores, on a random sample of about {@code sample} stored articles (their
     * keys are SHA-256 hex, so a key range is a uniform sample); the time is scaled to {@code articles}. Returns
     * seconds for all articles.
     */
    static double extractAllCores(Connection run, ExtractionEngine engine, int sample, long articles)
            throws SQLException {
        long fraction = articles <= sample ? 0x10000 : Math.max(1, 0x10000L * sample / articles);
        String below = fraction >= 0x10000 ? "g" : String.format("%04x", fraction);
        List<Article> loaded = new ArrayList<>();
        try (PreparedStatement s = run.prepareStatement("SELECT a.article_key, a.url, a.title, a.published, a.outlet, "
                + "a.file, a.format, b.body FROM article a JOIN article_body b ON b.article_no = a.article_no "
                + "WHERE a.article_key < ?")) {
            s.setString(1, below);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date published = rs.getDate(4);
                    loaded.add(new Article(rs.getString(1), rs.getString(3),
                            published == null ? null : published.toLocalDate(), rs.getString(2), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        if (loaded.isEmpty()) {
            return 0;
        }
        // The best of three passes: the first also pays for compiling the engine's code anew in this JVM, and with
        // two the engine's part still moved from 11 to 18.5 s between runs of the same code (target preset).
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long start = System.nanoTime();
            long facts = loaded.parallelStream().mapToLong(a -> engine.extract(a).facts().size()).sum();
            best = Math.min(best, facts < 0 ? 0 : seconds(start));
        }
        return best * articles / loaded.size();
    }

    /**
     * Streams all facts of the run's database in the table's own order (the fastest way H2 hands them out; key
     * order is our work) with the columns reconcile reads; returns seconds.
     */
    static double scanFacts(Connection run) throws SQLException, IOException {
        long start = System.nanoTime();
        long[] n = {0};
        forEachRow(run, """
                SELECT metric, fact_value, unit, region, operator, period, qualifier, origin, source, sentence,
                       aggregate_region, first_seen, article_key, stats_file, seq
                FROM fact""", "fact_id", rs -> {
            n[0] += rs.getString(1).length() + rs.getBigDecimal(2).signum();
            rs.getString(10);
        });
        return n[0] < 0 ? 0 : seconds(start);
    }

    interface RowAction {
        void accept(ResultSet rs) throws SQLException, IOException;
    }

    /**
     * Every row of a query: for a table with a numeric id, a few thousand ids per query as the job reads them (H2
     * keeps such a result in memory; a single query over millions of rows is first copied to a temporary map).
     */
    static void forEachRow(Connection run, String select, String id, RowAction action)
            throws SQLException, IOException {
        if (id == null) {
            try (Statement s = run.createStatement(); ResultSet rs = s.executeQuery(select)) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
            return;
        }
        String table = select.substring(select.lastIndexOf("FROM ") + 5).trim();
        long min;
        long max;
        try (Statement s = run.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(" + id + "), MAX(" + id + ") FROM " + table)) {
            rs.next();
            min = rs.getLong(1);
            if (rs.wasNull()) {
                return;
            }
            max = rs.getLong(2);
        }
        try (PreparedStatement page = run.prepareStatement(select + " WHERE " + id + " BETWEEN ? AND ?")) {
            for (long[] ids : IdSpans.pages(min, max)) {
                page.setLong(1, ids[0]);
                page.setLong(2, ids[1]);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        action.accept(rs);
                    }
                }
            }
        }
    }

    /**
     * The publish step's floor: plain scans of the tables the outputs show (facts, figures, conflicts, sources,
     * statements), every row written to an SXSSF sheet with no logic, and the facts also as CSV with a plain
     * writer. Returns seconds.
     */
    static double publishFloor(Connection run, Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        long start = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
             BufferedWriter csv = Files.newBufferedWriter(folder.resolve("facts.csv"), StandardCharsets.UTF_8)) {
            workbook.setCompressTempFiles(false);
            sheet(workbook, run, "Facts", "SELECT metric, fact_value, unit, region, operator, period, qualifier, "
                    + "origin, source, sentence FROM fact", "fact_id", csv);
            sheet(workbook, run, "Figures", "SELECT metric, region, operator, period, fact_value, unit, qualifier, "
                    + "origin, source, sources, conflict, aggregate_region FROM figure", null, null);
            sheet(workbook, run, "Conflicts", "SELECT metric, region, operator, period, record_value, "
                    + "record_origin, record_source, other_value, other_origin, other_source, other_sentence, "
                    + "difference_pct FROM conflict", "conflict_id", null);
            sheet(workbook, run, "Sources", "SELECT COALESCE(a.url, a.file), a.title, a.published, a.format, "
                    + "COALESCE(e.facts, 0) FROM article a "
                    + "LEFT JOIN article_extraction e ON e.article_no = a.article_no", null, null);
            sheet(workbook, run, "Statements", "SELECT speaker, role, organisation, text, source FROM statement",
                    null, null);
            try (OutputStream out = Files.newOutputStream(folder.resolve("floor.xlsx"))) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        return seconds(start);
    }

    /** One table as sheets of text and number cells (going on in a new sheet at Excel's row limit). */
    private static void sheet(SXSSFWorkbook workbook, Connection run, String name, String sql, String id,
                              BufferedWriter csv) throws SQLException, IOException {
        Sheet[] sheet = {workbook.createSheet(name)};
        int[] sheets = {1};
        int[] r = {0};
        StringBuilder line = new StringBuilder(256);
        forEachRow(run, sql, id, rs -> {
            if (r[0] == MAX_ROWS) {
                sheet[0] = workbook.createSheet(name + " " + ++sheets[0]);
                r[0] = 0;
            }
            Row row = sheet[0].createRow(r[0]++);
            line.setLength(0);
            int columns = rs.getMetaData().getColumnCount();
            for (int c = 1; c <= columns; c++) {
                Cell cell = row.createCell(c - 1);
                Object value = rs.getObject(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value == null ? "" : value.toString());
                }
                line.append(value == null ? "" : value).append(c < columns ? ',' : '\n');
            }
            if (csv != null) {
                csv.append(line);
            }
        });
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
