package org.infradigest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.yaml.snakeyaml.Yaml;

/**
 * Writes a realistic benchmark corpus, byte for byte the same for the same seed and sizes:
 *
 * <ul>
 *   <li>{@code news/}: N articles of 2-6 KB built from sentence templates the extraction engine really reads
 *       (5G base stations, subscribers, gigabit users, racks, towers, capex; regions, operators, dates,
 *       quotes; growth rates that are no facts; filler), spread over the four formats: 40% plain text and
 *       20% HTML with page furniture (one article per file), 20% RSS feeds of 50 items, 20% JSON lines files
 *       of 500 articles. Text and HTML files sit in folders of 1,000.</li>
 *   <li>{@code stats/}: M statistics facts: 90% as tidy CSV files of at most 50,000 rows, 10% as World Bank
 *       wide files (economy x series rows, one column per year, a few {@code ..}).</li>
 * </ul>
 *
 * Each article is drawn from its own random stream (seed and index), so the corpus is the same whatever the
 * order or the number of threads that write it.
 */
public final class CorpusGenerator {

    public static final int FEED_ITEMS = 50;
    public static final int JSONL_LINES = 500;
    public static final int TIDY_ROWS_PER_FILE = 50_000;
    public static final int FILES_PER_FOLDER = 1_000;

    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 1_277; // to 2025-06-30

    record Place(String name, String country) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("China", "China"), new Place("Beijing", "China"), new Place("Shanghai", "China"),
            new Place("Guangdong", "China"), new Place("Jiangsu", "China"), new Place("Zhejiang", "China"),
            new Place("Shandong", "China"), new Place("Henan", "China"), new Place("Sichuan", "China"),
            new Place("Hubei", "China"), new Place("Hunan", "China"), new Place("Fujian", "China"),
            new Place("Anhui", "China"), new Place("Shenzhen", "China"), new Place("Hangzhou", "China"),
            new Place("Chengdu", "China"), new Place("Wuhan", "China"), new Place("Chongqing", "China"),
            new Place("Tianjin", "China"), new Place("Qingdao", "China"), new Place("Zhengzhou", "China"),
            new Place("India", "India"), new Place("Maharashtra", "India"), new Place("Karnataka", "India"),
            new Place("Tamil Nadu", "India"), new Place("Gujarat", "India"), new Place("Delhi", "India"),
            new Place("Uttar Pradesh", "India"), new Place("Kerala", "India"),
            new Place("United Kingdom", "United Kingdom"), new Place("United States", "United States"),
            new Place("Germany", "Germany"), new Place("Japan", "Japan"), new Place("South Korea", "South Korea"),
            new Place("Indonesia", "Indonesia"), new Place("Brazil", "Brazil"));

    private static final Map<String, List<String>> OPERATORS = Map.of(
            "China", List.of("China Mobile", "China Unicom", "China Telecom", "China Broadnet", "China Tower"),
            "India", List.of("Reliance Jio", "Bharti Airtel", "Vodafone Idea", "BSNL"),
            "United Kingdom", List.of("BT", "EE", "Virgin Media O2", "Vodafone UK", "Three UK"),
            "United States", List.of("Verizon", "AT&T", "T-Mobile US"));

    private static final String[] AUTHORITIES = {"communications administration", "industry ministry",
            "telecom regulator", "provincial government", "local authorities"};
    private static final String[] OUTLETS = {"Xinhua", "Telecom Wire", "Network Daily", "Infra Times",
            "Mobile World Report", "Asia Telecom News"};
    private static final String[] DOMAINS = {"news.example.org", "telecomwire.example.com", "networkdaily.example.net",
            "infratimes.example.org", "mobileworld.example.com", "asiatelecom.example.net"};
    private static final String[] FIRST_NAMES = {"Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
            "Zhou", "Wu", "Sharma", "Patel", "Singh", "Smith", "Jones", "Taylor", "Brown", "Kumar", "Gupta", "Xu"};
    private static final String[] GIVEN_NAMES = {"Wei", "Jun", "Min", "Hua", "Lei", "Yan", "Tao", "Jing", "Ravi",
            "Anil", "Priya", "James", "Sarah", "David", "Emma", "Qiang", "Dong", "Haibo", "Fang", "Ling"};
    private static final String[] ROLES = {"general manager", "deputy general manager", "chief technology officer",
            "vice president", "director of network operations", "chairman"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    // Sentences with no figure: the bulk of a real article's text.
    private static final String[] FILLER = {
            "The ministry said it would keep promoting the co-construction and sharing of network infrastructure.",
            "Industry analysts expect the pace of deployment to slow as operators shift spending toward capacity upgrades.",
            "Officials said the new networks are being used in ports, mines, hospitals and factories across the region.",
            "The administration called for deeper integration of digital technologies with the real economy.",
            "Operators have been switching off older equipment to free spectrum and cut energy costs.",
            "Rural coverage remains a priority, with more villages expected to be connected over the coming months.",
            "The plan also covers computing power infrastructure, data centres and industrial internet platforms.",
            "Local governments have offered subsidies for site rentals and electricity to speed up construction.",
            "Engineers said most new sites share towers and power supply with existing equipment.",
            "The regulator reminded companies to protect user data and keep networks secure.",
            "Experts noted that applications, rather than coverage, will decide how quickly the networks pay off.",
            "The event brought together equipment makers, operators, universities and application developers.",
            "A white paper released at the meeting described typical use cases in manufacturing and logistics.",
            "Fibre networks now reach most urban households, and upgrades to faster optical access continue.",
            "Officials also discussed spectrum planning, satellite links and network resilience during floods.",
            "The company said its network upgrades would be completed ahead of schedule in most cities.",
            "Competition among carriers has shifted from price cuts to service quality and enterprise solutions.",
            "Small and medium-sized firms are being encouraged to move their systems to the cloud.",
            "Several pilot projects combine edge computing with private networks for smart factories.",
            "The authorities pledged to simplify approvals for new sites on public buildings and street lamps.",
    };

    private static final String[] QUOTES = {
            "We will keep investing in the network so that every county benefits from faster connections",
            "Digital infrastructure is the foundation of new quality productive forces",
            "Our priority this year is to turn coverage into real applications for industry",
            "Computing power and connectivity have to grow together",
            "The gap between cities and the countryside is closing quickly",
    };

    private final long seed;
    private final List<String[]> economies;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.economies = loadEconomies();
    }

    /** What was written. */
    public record Summary(int articles, long statRows, int newsFiles, int statsFiles, long newsBytes,
                          long statsBytes) {
    }

    /** Writes the corpus into {@code folder} (news/ and stats/), which should be empty or absent. */
    public Summary generate(Path folder, int articles, long statRows) throws IOException {
        Path news = folder.resolve("news");
        Path stats = folder.resolve("stats");
        Files.createDirectories(news);
        Files.createDirectories(stats);
        int text = articles * 4 / 10;
        int html = articles * 2 / 10;
        int rss = articles * 2 / 10;
        int jsonl = articles - text - html - rss;
        // Single-article files in parallel (each from its own random stream, so the bytes do not depend on it).
        IntStream.range(0, text).parallel().forEach(i -> write(news.resolve(folderOf("txt", i))
                .resolve(String.format("article-%06d.txt", i)), textFile(article(i))));
        IntStream.range(0, html).parallel().forEach(i -> write(news.resolve(folderOf("html", i))
                .resolve(String.format("page-%06d.html", i)), htmlFile(article(text + i))));
        int feeds = (rss + FEED_ITEMS - 1) / FEED_ITEMS;
        IntStream.range(0, feeds).parallel().forEach(f -> {
            int from = text + html + f * FEED_ITEMS;
            int to = Math.min(text + html + rss, from + FEED_ITEMS);
            write(news.resolve("rss").resolve(String.format("feed-%05d.xml", f)), rssFile(from, to));
        });
        int lineFiles = (jsonl + JSONL_LINES - 1) / JSONL_LINES;
        IntStream.range(0, lineFiles).parallel().forEach(f -> {
            int from = text + html + rss + f * JSONL_LINES;
            int to = Math.min(articles, from + JSONL_LINES);
            write(news.resolve("jsonl").resolve(String.format("batch-%05d.jsonl", f)), jsonlFile(from, to));
        });
        long wideFacts = statRows / 10;
        long tidyRows = statRows - wideFacts;
        int tidyFiles = (int) ((tidyRows + TIDY_ROWS_PER_FILE - 1) / TIDY_ROWS_PER_FILE);
        IntStream.range(0, tidyFiles).parallel().forEach(f -> {
            long from = (long) f * TIDY_ROWS_PER_FILE;
            long to = Math.min(tidyRows, from + TIDY_ROWS_PER_FILE);
            writeTidy(stats.resolve(String.format("tidy-%04d.csv", f)), f, from, to);
        });
        int wideFiles = writeWorldBank(stats, wideFacts);
        return new Summary(articles, statRows, text + html + feeds + lineFiles, tidyFiles + wideFiles,
                sizeOf(news), sizeOf(stats));
    }

    private static String folderOf(String format, int i) {
        return format + "/" + String.format("%03d", i / FILES_PER_FOLDER);
    }

    // --- articles

    /** One generated article, before it is written in a format. */
    record GeneratedArticle(int index, String title, LocalDate date, String url, String outlet, String domain,
                            String dateline, List<String> paragraphs) {
    }

    GeneratedArticle article(int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        LocalDate date = FIRST_DAY.plusDays(r.nextInt(DAYS));
        Place place = pick(r, PLACES);
        List<String> operators = OPERATORS.getOrDefault(place.country(), List.of());
        int outletIndex = r.nextInt(OUTLETS.length);
        String outlet = OUTLETS[outletIndex];
        String domain = DOMAINS[outletIndex];
        LocalDate asOf = date.minusMonths(1 + r.nextInt(3)).withDayOfMonth(1);
        String endOf = "the end of " + month(asOf) + " " + asOf.getYear();
        String authority = pick(r, AUTHORITIES);

        long stations = 1_000L + r.nextInt(400_000);
        String title = switch (r.nextInt(4)) {
            case 0 -> place.name() + "'s 5G base stations top " + grouped(stations);
            case 1 -> place.name() + " steps up digital infrastructure push";
            case 2 -> "5G rollout in " + place.name() + " continues at pace";
            default -> place.name() + " reports network figures for " + month(asOf);
        } + " (" + index + ")";

        List<String> figures = new ArrayList<>();
        figures.add(place.name().toUpperCase(Locale.ROOT) + ", " + month(date) + " " + date.getDayOfMonth() + " ("
                + outlet + ") -- " + place.name() + " had " + qualifier(r) + grouped(stations)
                + " 5G base stations in service by " + endOf + ", the " + authority + " said on "
                + weekday(date) + ".");
        figures.add("By " + endOf + ", 5G mobile phone subscribers in " + place.name() + " had reached "
                + millions(r, 2, 900) + " million, the " + authority + " added.");
        figures.add(place.name() + " had " + millions(r, 1, 400) + " million gigabit broadband users by " + endOf
                + ".");
        figures.add("Data centres in " + place.name() + " had " + grouped(5_000 + r.nextInt(900_000))
                + " standard racks in use by " + endOf + ".");
        if (!operators.isEmpty()) {
            String operator = pick(r, operators);
            int half = asOf.getYear();
            figures.add(operator + " added " + grouped(1_000 + r.nextInt(300_000))
                    + " 5G base stations in the first half of " + half + ", lifting its total to "
                    + millions(r, 1, 3) + " million.");
            String other = pick(r, operators);
            figures.add(other + " said it operates " + grouped(10_000 + r.nextInt(2_000_000)) + " telecom towers in "
                    + place.name() + ".");
            figures.add("\"" + pick(r, QUOTES) + ",\" said " + person(r) + ", " + pick(r, ROLES) + " of " + operator
                    + "'s " + place.name() + " branch.");
        }
        figures.add("The number of 5G users was up " + (2 + r.nextInt(60)) + "." + r.nextInt(10)
                + " percent year on year.");
        figures.add(place.name() + " plans to build " + grouped(1_000 + r.nextInt(90_000))
                + " new 5G base stations in " + (asOf.getYear() + 1) + ".");

        // 2-6 KB: figures spread among filler sentences, three or four sentences a paragraph.
        int targetChars = 2_000 + r.nextInt(4_000);
        List<String> sentences = new ArrayList<>();
        int chars = 0;
        int nextFigure = 0;
        while (chars < targetChars || nextFigure < figures.size()) {
            String s = nextFigure < figures.size() && (sentences.isEmpty() || r.nextInt(3) == 0)
                    ? figures.get(nextFigure++) : pick(r, FILLER);
            sentences.add(s);
            chars += s.length() + 1;
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int inParagraph = 0;
        int perParagraph = 3 + r.nextInt(2);
        for (String s : sentences) {
            if (inParagraph > 0) {
                paragraph.append(' ');
            }
            paragraph.append(s);
            if (++inParagraph == perParagraph) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
                inParagraph = 0;
            }
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String url = "https://" + domain + "/" + date.getYear() + "/" + String.format("%02d", date.getMonthValue())
                + "/" + slug + "-" + index + ".html";
        String dateline = "Published " + month(date) + " " + date.getDayOfMonth() + ", " + date.getYear() + " ("
                + outlet + ")";
        return new GeneratedArticle(index, title, date, url, outlet, domain, dateline, paragraphs);
    }

    private static String textFile(GeneratedArticle a) {
        StringBuilder s = new StringBuilder(6_500);
        s.append("Title: ").append(a.title()).append('\n');
        s.append("Date: ").append(a.date()).append('\n');
        s.append("URL: ").append(a.url()).append('\n');
        s.append("Source: ").append(a.outlet()).append("\n\n");
        s.append(a.dateline()).append("\n\n");
        for (String p : a.paragraphs()) {
            s.append(p).append("\n\n");
        }
        return s.toString();
    }

    private static String htmlFile(GeneratedArticle a) {
        StringBuilder s = new StringBuilder(9_000);
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(html(a.title())).append(" - ").append(html(a.outlet())).append("</title>\n")
                .append("<meta property=\"article:published_time\" content=\"").append(a.date())
                .append("T08:00:00+08:00\">\n<link rel=\"canonical\" href=\"").append(a.url()).append("\">\n")
                .append("<script>var ads = {\"slots\": 4, \"refresh\": 30000};</script>\n")
                .append("<style>.top-news { float: right; width: 300px; }</style>\n</head>\n<body>\n")
                .append("<header class=\"site-header\">\n  <nav><a href=\"/\">Home</a> | <a href=\"/business\">Business</a>"
                        + " | <a href=\"/tech\">Tech</a> | <a href=\"/world\">World</a></nav>\n")
                .append("  <div class=\"ticker\">Markets: Shanghai Composite 3,342.18 (+0.41%) | Hang Seng 19,876.40 | "
                        + "USD/CNY 7.1832</div>\n")
                .append("  <div class=\"cookie\">We use cookies to improve your experience. <button>Accept all</button>"
                        + "</div>\n</header>\n<main>\n<article>\n<h1>").append(html(a.title())).append("</h1>\n")
                .append("<div class=\"byline\">").append(html(a.outlet())).append(" desk</div>\n")
                .append("<div class=\"article-body\">\n<p>").append(html(a.dateline())).append("</p>\n");
        for (String p : a.paragraphs()) {
            s.append("<p>").append(html(p)).append("</p>\n");
        }
        s.append("</div>\n<div class=\"share\">Share: Weibo | WeChat | X | Facebook</div>\n</article>\n")
                .append("<aside class=\"top-news\">\n<h2>Today's Top News</h2>\n<ul>\n")
                .append("<li><a href=\"/a\">Ports report record container volumes</a></li>\n")
                .append("<li><a href=\"/b\">New rail line opens 1,200 km of track</a></li>\n")
                .append("<li><a href=\"/c\">Markets close higher for third day</a></li>\n</ul>\n</aside>\n</main>\n")
                .append("<footer><p>Copyright 2025 ").append(html(a.outlet()))
                .append(". All rights reserved.</p><p><a href=\"/contact\">Contact us</a></p></footer>\n")
                .append("<script>trackPageView();</script>\n</body>\n</html>\n");
        return s.toString();
    }

    private String rssFile(int from, int to) {
        StringBuilder s = new StringBuilder(FEED_ITEMS * 6_000);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n")
                .append("  <channel>\n    <title>Telecom Infrastructure Wire</title>\n")
                .append("    <link>https://telecomwire.example.com/</link>\n")
                .append("    <description>Network and infrastructure news</description>\n");
        for (int i = from; i < to; i++) {
            GeneratedArticle a = article(i);
            s.append("    <item>\n      <title>").append(html(a.title())).append("</title>\n")
                    .append("      <link>").append(a.url()).append("</link>\n")
                    .append("      <guid isPermaLink=\"true\">").append(a.url()).append("</guid>\n")
                    .append("      <pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(a.date().atTime(8, 0).atOffset(java.time.ZoneOffset.UTC))).append("</pubDate>\n")
                    .append("      <description>").append(html(a.dateline())).append("</description>\n")
                    .append("      <content:encoded><![CDATA[<p>").append(html(a.dateline())).append("</p>");
            for (String p : a.paragraphs()) {
                s.append("<p>").append(html(p)).append("</p>");
            }
            s.append("]]></content:encoded>\n    </item>\n");
        }
        s.append("  </channel>\n</rss>\n");
        return s.toString();
    }

    private String jsonlFile(int from, int to) {
        StringBuilder s = new StringBuilder(JSONL_LINES * 5_000);
        for (int i = from; i < to; i++) {
            GeneratedArticle a = article(i);
            StringBuilder text = new StringBuilder(a.dateline()).append("\n\n");
            for (String p : a.paragraphs()) {
                text.append(p).append("\n\n");
            }
            s.append("{\"title\": ").append(json(a.title()))
                    .append(", \"maintext\": ").append(json(text.toString().strip()))
                    .append(", \"date_publish\": \"").append(a.date()).append(" 08:00:00\"")
                    .append(", \"url\": ").append(json(a.url()))
                    .append(", \"source_domain\": ").append(json(a.domain())).append("}\n");
        }
        return s.toString();
    }

    // --- statistics

    private static final String[] TIDY_METRICS = {"base_stations_5g", "mobile_subscribers_5g", "broadband_users",
            "gigabit_broadband_users", "data_centre_racks", "towers", "base_stations_5g_net_added",
            "mobile_subscriptions", "fixed_broadband_subscriptions", "internet_users_share"};
    private static final String[] TIDY_UNITS = {"base_stations", "users", "users", "users", "racks", "towers",
            "base_stations", "subscriptions", "subscriptions", "percent"};

    private void writeTidy(Path file, int fileIndex, long from, long to) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7_919L * fileIndex);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("metric,value,unit,region,operator,period,qualifier,source\n");
            for (long n = from; n < to; n++) {
                int m = r.nextInt(TIDY_METRICS.length);
                Place place = pick(r, PLACES);
                List<String> operators = OPERATORS.getOrDefault(place.country(), List.of());
                String operator = operators.isEmpty() || r.nextInt(3) > 0 ? "" : pick(r, operators);
                String period = r.nextInt(4) == 0 ? String.valueOf(2000 + r.nextInt(25))
                        : (2015 + r.nextInt(10)) + "-" + String.format("%02d", 1 + r.nextInt(12));
                String value = TIDY_UNITS[m].equals("percent") ? (r.nextInt(100) + "." + r.nextInt(10))
                        : String.valueOf(1_000 + r.nextLong(50_000_000L));
                String qualifier = r.nextInt(10) == 0 ? "about" : "";
                out.write(TIDY_METRICS[m] + "," + value + "," + TIDY_UNITS[m] + "," + csv(place.name()) + ","
                        + csv(operator) + "," + period + "," + qualifier + ",https://stats.example.org/table/"
                        + (n % 977) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[][] SERIES = {
            {"Fixed broadband subscriptions (per 100 people)", "IT.NET.BBND.P2"},
            {"Fixed broadband subscriptions", "IT.NET.BBND"},
            {"Mobile cellular subscriptions (per 100 people)", "IT.CEL.SETS.P2"},
            {"Mobile cellular subscriptions", "IT.CEL.SETS"},
            {"Individuals using the Internet (% of population)", "IT.NET.USER.ZS"}};
    private static final int FIRST_YEAR = 2000;
    private static final int YEARS = 25;

    /** World Bank wide files: economy x series rows, a column per year; returns the number of files. */
    private int writeWorldBank(Path stats, long facts) throws IOException {
        int rowsPerFile = economies.size() * SERIES.length;
        long rows = (facts + YEARS - 1) / YEARS;
        int files = (int) ((rows + rowsPerFile - 1) / rowsPerFile);
        long factsLeft = facts;
        for (int f = 0; f < files; f++) {
            SplittableRandom r = new SplittableRandom(seed * 131 + f);
            try (BufferedWriter out = Files.newBufferedWriter(stats.resolve(String.format("worldbank_wide_%03d.csv", f)),
                    StandardCharsets.UTF_8)) {
                StringBuilder header = new StringBuilder("Country Name,Country Code,Series Name,Series Code");
                for (int y = 0; y < YEARS; y++) {
                    int year = FIRST_YEAR + y;
                    header.append(',').append(year).append(" [YR").append(year).append(']');
                }
                out.write(header.append('\n').toString());
                for (int e = 0; e < economies.size() && factsLeft > 0; e++) {
                    for (String[] series : SERIES) {
                        if (factsLeft <= 0) {
                            break;
                        }
                        String[] economy = economies.get(e);
                        StringBuilder line = new StringBuilder();
                        line.append(csv(economy[0])).append(',').append(economy[1]).append(',')
                                .append(csv(series[0])).append(',').append(series[1]);
                        double level = 1 + r.nextDouble() * 60;
                        for (int y = 0; y < YEARS; y++) {
                            line.append(',');
                            if (factsLeft > 0) {
                                level *= 1 + r.nextDouble() * 0.08;
                                line.append(String.format(Locale.ROOT, "%.2f", level));
                                factsLeft--;
                            } else {
                                line.append("..");
                            }
                        }
                        out.write(line.append('\n').toString());
                    }
                }
            }
        }
        return files;
    }

    @SuppressWarnings("unchecked")
    private static List<String[]> loadEconomies() {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("/lexicon/regions-world.yml")) {
            Map<String, Object> yaml = new Yaml().load(in);
            List<String[]> found = new ArrayList<>();
            for (Map<String, Object> region : (List<Map<String, Object>>) yaml.get("regions")) {
                List<Object> codes = (List<Object>) region.getOrDefault("codes", List.of());
                String code = codes.stream().map(String::valueOf).filter(c -> c.matches("[A-Z]{3}")).findFirst()
                        .orElse(null);
                if ("country".equals(region.get("kind")) && code != null) {
                    found.add(new String[] {String.valueOf(region.get("name")), code});
                }
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- small helpers

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String qualifier(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> "more than ";
            case 1 -> "nearly ";
            case 2 -> "about ";
            default -> "";
        };
    }

    private static String millions(SplittableRandom r, int min, int max) {
        return (min + r.nextInt(max - min + 1)) + "." + r.nextInt(10) + r.nextInt(10);
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String month(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1];
    }

    private static String weekday(LocalDate d) {
        DayOfWeek day = d.getDayOfWeek();
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String person(SplittableRandom r) {
        return pick(r, FIRST_NAMES) + " " + pick(r, GIVEN_NAMES);
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;")
                .replace("\"", "&quot;");
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long sizeOf(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
