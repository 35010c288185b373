package org.infradigest.news;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Odd and hostile news files for {@link NewsGolden}: text, HTML pages, RSS and Atom feeds and JSON lines put
 * together at random from pieces that sit on the edges of what the readers do (every kind of line end and
 * Unicode space, invisible characters, entities, case folding that changes length, furniture headings and
 * boilerplate lines in many spellings, list items, tables, dates in every layout, byte-order marks and other
 * charsets). A golden dump of them before and after a change shows whether the output moved.
 */
final class NewsTrickyFiles {

    private static final List<String> WORDS = List.of("the", "The", "5G", "base", "stations", "Beijing", "über",
            "naïve", "İstanbul", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "ﬁnance", "Ａｂｃ", "①", "𝐀𝐁𝐂", "𐐀𐐨", "ß", "K", "ǅ", "ǆemal",
            "😀", "million", "percent", "Shanghai", "China", "a", "I", "x", "Ｔop", "ﬀ", "Ⅻ", "ｔｏｐ", "㎒", "½", "'s",
            "said", "by", "end", "of", "June", "2024", "1,234,567", "|", "||", "-", "--", "—", "...", "\"quoted\"",
            "&", "<b>bold</b>", "<p>", "</div>", "<br/>", "&lt;i&gt;", "[1]", "(see)", "ĳ", "ŉ", "İİ", "Σ", "ς");
    private static final List<String> SPACES = List.of(" ", " ", " ", " ", "  ", "\t", "\u00A0", "\u2003", "\u3000",
            "\u000B", "\f", "\u001C", "\u001F", "\u0085", "\u2028", "\u2029", "\u200B", "\u200D", "\u2060", "\uFEFF",
            "\u00AD", "\u0001", "\u007F", "\u0090", "\u180E", "\u202F", " \u200B ", "\r", "\n", "\u200C");
    private static final List<String> ENTITIES = List.of("&amp;", "&amp;amp;", "&#38;", "&#x26;", "&nbsp;",
            "&lt;b&gt;", "&bogus;", "&amp", "&#xZZ;", "&#0;", "&#1114112;", "&copy;", "&#8203;", "&shy;", "&#x2028;",
            "&#x85;", "&NBSP;", "&Amp;", "&#65;&#66;", "&eacute;", "&#x1D400;", "&ensp;", "&#9;", "&#10;", "&a1;",
            "&zwj;", "&quot;", "&#x201D;");
    private static final List<String> HEADINGS = List.of("Top News", "TODAY'S TOP STORIES:", "Today’s top news",
            "Todays top news", "Related", "related articles :", "More news from Reuters", "see also", "In other news",
            "Editor's picks", "Editors picks", "Most Read", "most viewed", "trending now", "Trending Stories", "latest",
            "Latest News:", "You might also like", "you may also like", "Recommended for you", "Popular",
            "popular now", "Read more", "Also read", "more stories", "Related reading", "Τop news", "Top news  :",
            "  Related  ", "related\u00A0stories", "Top\tNews", "TOP NEWS\u2003", "top stories:::", "Mostread",
            "Top Newsletter", "Related: the story", "top news and more");
    private static final List<String> LIST_ITEMS = List.of("- Item one", "* Item two", "• Bullet item", "1. First",
            "12) Twelfth", "123. Too many digits", "·middle dot", "▪ square", "► arrow", "-no space", "Short line",
            "A long line that ends with a period.", "Quoted line ends \"", "Curly ends ”", "|cell|cell",
            "Question?", "Shout!", "", "9) nine", "Another headline about 5G", "x".repeat(170));
    private static final List<String> BOILERPLATE = List.of("Share", "share this story", "Share this article",
            "Advertisement", "SPONSORED", "Follow us", "Follow us on Twitter", "Sign up now", "sign up", "Subscribe today",
            "subscribe", "We use cookies to improve", "Accept all cookies", "accept cookies please", "Copyright 2024 X",
            "© 2024 Xinhua", "©", "All rights reserved.", "all rights reserved", "Sharebar", "Share this article and more",
            "Copyright", "Advertisement " + "y".repeat(130), "Ŝhare", "ＳＨＡＲＥ");
    private static final List<String> DATES = List.of("2024-01-05", "2024/1/5", "2024.13.40", "June 11, 2022",
            "11th June 2022", "Sept. 3 2021", "Thu, 20 Apr 2023 08:00:00 +0000", "2022-06-11T01:00+08:00",
            "2024-12-13 08:00:00", "not a date", "2024-02-30", " 2024-01-05 ", "2023-04-20T01:00:00Z",
            "2023-04-20T01:00:00.123+0800", "2021-13-01", "20 Apr 2023", "April 31, 2023", "1999-12-31T23:59:59-12:00",
            "2024-06-01 10:00:00+02:00", "2022-06-11T01:00", "2024-01-05T10:00:00+19:00", "2024-01-05 10:00:00+24:00", "dec 5th, 2020", "5 DECEMBER 2020", "Updated 2020-01-01",
            "", "   ", "12/05/2020", "2020-1-1", "The meeting on 3 May 2019 in Paris and other things that go on");
    private static final List<String> BREAKS = List.of("\n", "\n", "\n", "\r\n", "\r", "\u2028", "\u0085", "\u000B",
            "\f", "\r\r\n", "\n\r", "\u2029", "\n\n", "\r\n\r\n");
    private static final List<String> CLASS_NAMES = List.of("nav", "site-header", "siteHeader", "top_news", "most-read",
            "content has-ads", "layout no-ads", "story", "article-body", "TopNews", "mostRead", "cookie-banner",
            "share-bar", "related", "body", "main-content", "sidebar-left", "adContainer", "breadcrumbs", "byline",
            "comments", "footer", "ticker", "Masthead", "you-may-like", "read more", "latestNews", "promo", "x");

    private final SplittableRandom r;

    private NewsTrickyFiles(long seed) {
        this.r = new SplittableRandom(seed);
    }

    static void write(Path dir, long seed, int files) throws IOException {
        NewsTrickyFiles tricky = new NewsTrickyFiles(seed);
        Files.createDirectories(dir);
        for (int i = 0; i < files; i++) {
            String[] kinds = {"txt", "html", "xml", "atom", "jsonl", "json"};
            String kind = kinds[i % kinds.length];
            String text = switch (kind) {
                case "txt" -> tricky.textFile();
                case "html" -> tricky.htmlPage();
                case "xml" -> tricky.rssFeed();
                case "atom" -> tricky.atomFeed();
                case "jsonl" -> tricky.jsonLines();
                default -> tricky.jsonDocument();
            };
            Files.write(dir.resolve(String.format(Locale.ROOT, "%05d.%s", i, kind)), tricky.encoded(text, kind));
        }
        System.out.println(files + " files -> " + dir);
    }

    // --- pieces

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    private String space() {
        return chance(80) ? " " : pick(SPACES);
    }

    private String words(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(space());
            }
            out.append(chance(8) ? pick(ENTITIES) : pick(WORDS));
        }
        return out.toString();
    }

    private String sentence() {
        String s = words(1 + r.nextInt(14));
        String[] ends = {".", "!", "?", ":", ";", "\"", "'", "”", "’", ")", "]", "", "", ",", " ", "\u00A0", ".\u200B"};
        return s + ends[r.nextInt(ends.length)];
    }

    private String line() {
        return switch (r.nextInt(12)) {
            case 0 -> pick(HEADINGS);
            case 1, 2 -> pick(LIST_ITEMS);
            case 3 -> pick(BOILERPLATE);
            case 4 -> pick(SPACES) + sentence() + pick(SPACES);
            case 5 -> "";
            case 6 -> pick(DATES) + " (Xinhua) -- " + sentence();
            case 7 -> "|" + words(2) + "|" + words(1);
            default -> chance(30) ? words(3).toLowerCase(Locale.ROOT) + " " + sentence() : sentence();
        };
    }

    private String lines(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(line()).append(pick(BREAKS));
        }
        return out.toString();
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // --- files

    private String textFile() {
        StringBuilder out = new StringBuilder();
        if (chance(20)) {
            out.append(pick(List.of("\n", "  \n", "\r\n\r\n", "\t\n")));
        }
        if (chance(60)) {
            String[] names = {"Title", "title", "TITLE", " Date", "date ", "URL", "url", "Source", "source", "Author",
                "Títle"};
            int headers = 1 + r.nextInt(4);
            for (int i = 0; i < headers; i++) {
                String name = names[r.nextInt(names.length)];
                String value = name.strip().equalsIgnoreCase("date") ? pick(DATES)
                        : name.strip().equalsIgnoreCase("url") ? pick(List.of("https://example.com/a?utm_source=x",
                        "  http://Example.COM:80/b/  ", "not a url", "", "https://e.com/" + "p".repeat(2100)))
                        : chance(5) ? "T".repeat(2100) : words(1 + r.nextInt(6));
                out.append(name).append(pick(List.of(":", " : ", ":\t", " :"))).append(value)
                        .append(pick(List.of("", " ", "\t"))).append(pick(BREAKS));
            }
            if (chance(80)) {
                out.append(pick(BREAKS));
            }
        }
        out.append(lines(r.nextInt(25)));
        if (chance(10)) {
            out.append(pick(SPACES)).append(pick(SPACES));
        }
        return out.toString();
    }

    private String htmlPage() {
        StringBuilder h = new StringBuilder();
        if (chance(70)) {
            h.append(pick(List.of("<!DOCTYPE html>\n", "<!doctype html>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n",
                    "<!-- comment -->\n", "")));
        }
        h.append(chance(80) ? "<html><head>" : chance(50) ? "<HTML><HEAD>" : "<head>");
        if (chance(70)) {
            h.append("<title>").append(words(1 + r.nextInt(5)))
                    .append(pick(List.of(" - Site", " | Xinhua", " – Long site name here", " _ x", "", " -Site",
                            " | " + "s".repeat(50)))).append("</title>");
        }
        if (chance(50)) {
            h.append("<meta property=\"og:title\" content=\"").append(escapeXml(words(3))).append("\">");
        }
        if (chance(60)) {
            h.append("<meta ").append(pick(List.of("property=\"article:published_time\"", "name=\"pubdate\"",
                    "itemprop=\"datePublished\"", "name=\"DC.date.issued\"", "name=\"date\""))).append(" content=\"")
                    .append(pick(DATES)).append("\">");
        }
        if (chance(50)) {
            h.append("<link rel=\"canonical\" href=\"").append(pick(List.of("https://example.com/story/1",
                    "/relative/path", " HTTPS://Example.com/x ", "https://example.com/a b", "ftp://x"))).append("\">");
        }
        if (chance(40)) {
            h.append("<meta property=\"og:site_name\" content=\"").append(escapeXml(words(2))).append("\">");
        }
        if (chance(40)) {
            h.append("<script type=\"application/ld+json\">").append(pick(List.of(
                    "{\"@type\":\"NewsArticle\",\"headline\":\"JSON headline\",\"datePublished\":\"" + pick(DATES)
                            + "\",\"url\":\"https://ld.example/x\",\"publisher\":{\"name\":\"LD Outlet\"}}",
                    "{\"@graph\":[{\"@type\":\"WebPage\"},{\"headline\":\"Graph\",\"datePublished\":\"2021-05-06\"}]}",
                    "{broken json", "[1,2,3]", "{\"headline\":42}"))).append("</script>");
        }
        if (chance(30)) {
            h.append("<meta charset=\"").append(pick(List.of("utf-8", "UTF-8", "gbk", "nonsense", "iso-8859-1")))
                    .append("\">");
        }
        h.append("</head>").append(chance(90) ? "<body>" : "<BODY class=\"page\">");
        int blocks = 1 + r.nextInt(12);
        for (int b = 0; b < blocks; b++) {
            h.append(block(0));
        }
        if (chance(85)) {
            h.append("</body></html>");
        }
        return h.toString();
    }

    private String block(int depth) {
        String cls = chance(50) ? " class=\"" + pick(CLASS_NAMES) + "\"" : chance(20) ? " id=\"" + pick(CLASS_NAMES)
                + "\"" : "";
        return switch (depth > 3 ? r.nextInt(6) : r.nextInt(16)) {
            case 0 -> "<p" + cls + ">" + escapedOrNot(sentence()) + "</p>";
            case 1 -> "<h2>" + pick(HEADINGS) + "</h2><ul><li><a href=\"/a\">" + words(4) + "</a></li><li>" + words(3)
                    + "</li></ul>";
            case 2 -> {
                String tag = pick(List.of("strong", "b", "span", "div", "p", "dt", "h3"));
                yield "<" + tag + ">" + pick(HEADINGS) + "</" + tag + "><div><a href=\"#\">" + words(5) + "</a> "
                        + (chance(50) ? words(1) : "") + "</div>" + (chance(50) ? "<ol><li>x</li></ol>" : "");
            }
            case 3 -> "<p>" + pick(BOILERPLATE) + "</p>";
            case 4 -> "<p>" + pick(LIST_ITEMS) + "<br>" + pick(DATES) + "</p>";
            case 5 -> "<div>" + escapedOrNot(lines(3)) + "</div>";
            case 6, 7 -> "<" + pick(List.of("article", "div", "section", "main", "div itemprop=\"articleBody\"")) + cls
                    + ">" + block(depth + 1) + block(depth + 1) + (chance(50) ? block(depth + 1) : "") + "</"
                    + pick(List.of("article", "div", "section", "main")) + ">";
            case 8 -> "<" + pick(List.of("nav", "aside", "footer", "header", "form", "menu", "div role=\"navigation\"",
                    "div aria-hidden=\"true\"", "div hidden")) + ">" + block(depth + 1) + "</div>";
            case 9 -> table();
            case 10 -> "<p>" + "Long paragraph text. ".repeat(r.nextInt(80)) + "</p>";
            case 11 -> "<time datetime=\"" + pick(DATES) + "\">" + words(2) + "</time>";
            case 12 -> "<script>var x = '<p>not text</p>';</script><style>p{}</style><noscript>n</noscript>";
            case 13 -> "<pre>" + lines(3) + "</pre>";
            case 14 -> "<h1>" + words(1 + r.nextInt(6)) + "</h1>";
            default -> escapedOrNot(sentence()) + pick(SPACES);
        };
    }

    private String escapedOrNot(String text) {
        return chance(50) ? text : escapeXml(text);
    }

    private String table() {
        StringBuilder t = new StringBuilder("<table>");
        if (chance(30)) {
            t.append("<caption>").append(words(3)).append("</caption>");
        }
        int rows = 1 + r.nextInt(5);
        int cols = 1 + r.nextInt(4);
        for (int i = 0; i < rows; i++) {
            t.append("<tr>");
            for (int j = 0; j < cols; j++) {
                String cell = chance(10) ? "" : chance(5) ? "c".repeat(310) : chance(5) ? "<table><tr><td>in</td></tr></table>"
                        : words(1 + r.nextInt(3)).replace("|", chance(50) ? "|" : "¦");
                t.append(chance(20) ? "<th>" : "<td>").append(cell).append("</td>");
            }
            t.append("</tr>");
        }
        return t.append("</table>").toString();
    }

    private String rssFeed() {
        StringBuilder x = new StringBuilder();
        if (chance(70)) {
            x.append(pick(List.of("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\"?>",
                    "<?xml version='1.0' encoding='windows-1252'?>\n", "\n<?xml version=\"1.0\" encoding=\"utf-8\"?>")));
        }
        if (chance(3)) {
            x.append("<!DOCTYPE rss [<!ENTITY x \"y\">]>");
        }
        x.append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>T</title><link>https://e.com</link>");
        int items = r.nextInt(8);
        for (int i = 0; i < items; i++) {
            x.append("<item>");
            if (chance(90)) {
                x.append("<title>").append(pick(List.of(escapeXml(words(1 + r.nextInt(6))), "<![CDATA[" + words(3)
                        + " <b>x</b>]]>", "&lt;b&gt;Bold&lt;/b&gt; title", "Untitled", "(no title)", "  ",
                        escapeXml(pick(HEADINGS))))).append("</title>");
            }
            if (chance(80)) {
                x.append("<link>").append(pick(List.of("https://e.com/" + i, " https://e.com/x?utm_source=a ", "", "rel")))
                        .append("</link>");
            }
            if (chance(40)) {
                x.append("<guid>").append(pick(List.of("https://g.com/" + i, "urn:x:" + i, "HTTP://G.COM/y")))
                        .append("</guid>");
            }
            if (chance(80)) {
                String tag = chance(70) ? "pubDate" : "dc:date";
                x.append('<').append(tag).append('>').append(escapeXml(pick(DATES))).append("</").append(tag).append('>');
            }
            String html = htmlFragment();
            if (chance(60)) {
                x.append("<description>").append(chance(50) ? "<![CDATA[" + html + "]]>" : escapeXml(html))
                        .append("</description>");
            }
            if (chance(40)) {
                x.append("<content:encoded><![CDATA[").append(htmlFragment()).append("]]></content:encoded>");
            }
            x.append("</item>");
        }
        x.append("</channel>");
        if (chance(95)) {
            x.append("</rss>");
        }
        return mostlyValidXml(x.toString());
    }

    /** Most feeds without the control characters XML forbids, so that most reach the item readers. */
    private String mostlyValidXml(String xml) {
        if (chance(5)) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length());
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String htmlFragment() {
        StringBuilder f = new StringBuilder();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            f.append(block(2));
        }
        if (chance(30)) {
            f.append(lines(4));
        }
        return f.toString().replace("]]>", "]]");
    }

    private String atomFeed() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>A</title><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated>");
        int entries = r.nextInt(6);
        for (int i = 0; i < entries; i++) {
            x.append("<entry><title").append(chance(30) ? " type=\"html\"" : "").append(">")
                    .append(escapeXml(words(1 + r.nextInt(5)))).append("</title>");
            x.append("<id>").append(pick(List.of("https://a.example/" + i, "urn:uuid:" + i, "tag:x," + i))).append("</id>");
            if (chance(50)) {
                x.append("<link href=\"https://a.example/l/").append(i).append("\"/>");
            }
            String dateTag = chance(60) ? "published" : "updated";
            x.append('<').append(dateTag).append('>').append(pick(DATES)).append("</").append(dateTag).append('>');
            String type = pick(List.of("text", "html", "xhtml", "TEXT", "text/plain", "text/html"));
            String content = type.equals("xhtml") ? "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + escapeXml(sentence())
                    + "</p></div>" : escapeXml(type.startsWith("text") || type.equals("TEXT") ? lines(5) : htmlFragment());
            if (chance(80)) {
                x.append("<content type=\"").append(type).append("\">").append(content).append("</content>");
            } else {
                x.append("<summary>").append(escapeXml(lines(3))).append("</summary>");
            }
            x.append("</entry>");
        }
        return mostlyValidXml(x.append("</feed>").toString());
    }

    private String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x85 || chance(2)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (chance(2)) {
            out.append("\\ud800"); // a lone surrogate, as JSON allows
        }
        return out.append('"').toString();
    }

    private String jsonArticle() {
        if (chance(4)) {
            return pick(List.of("{broken", "[1,2]", "42", "\"text\"", "{\"maintext\": 5}", "{\"title\":\"x\"}",
                    "{\"maintext\":\"   \"}", "null", "{\"maintext\":\"ok\" \"x\":1}"));
        }
        StringBuilder j = new StringBuilder("{");
        j.append("\"title\":").append(jsonString(pick(List.of(words(1 + r.nextInt(6)), "Untitled", "NO TITLE",
                "(Untitled)", "", "T".repeat(chance(10) ? 2100 : 3), pick(HEADINGS)))));
        j.append(",\"maintext\":").append(jsonString(lines(1 + r.nextInt(12))));
        if (chance(80)) {
            j.append(",\"date_publish\":").append(jsonString(pick(DATES)));
        }
        if (chance(70)) {
            j.append(",\"url\":").append(jsonString(pick(List.of("https://n.example/" + r.nextInt(50), "  ",
                    "https://n.example/" + "u".repeat(chance(10) ? 2100 : 5), "not-a-url", "https://N.example:8080/a/?ref=x"))));
        }
        if (chance(60)) {
            j.append(",\"source_domain\":").append(jsonString(pick(List.of("n.example", "", "o".repeat(600), words(2)))));
        }
        return j.append("}").toString();
    }

    private String jsonLines() {
        StringBuilder out = new StringBuilder();
        int n = r.nextInt(10);
        for (int i = 0; i < n; i++) {
            out.append(chance(5) ? pick(SPACES) : "").append(jsonArticle()).append(pick(BREAKS));
        }
        return out.toString();
    }

    private String jsonDocument() {
        if (chance(50)) {
            return jsonLines();
        }
        StringBuilder out = new StringBuilder("[");
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            out.append(i > 0 ? ",\n" : "").append(jsonArticle());
        }
        return out.append("]").toString();
    }

    private byte[] encoded(String text, String kind) {
        int way = r.nextInt(20);
        return switch (way) {
            case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case 1 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case 2 -> text.getBytes(Charset.forName("windows-1252"));
            case 3 -> text.getBytes(Charset.forName("GB18030"));
            case 4 -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                if (bytes.length > 0) {
                    bytes[r.nextInt(bytes.length)] = (byte) 0xC3; // a broken sequence somewhere
                }
                yield bytes;
            }
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
