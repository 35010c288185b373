package org.infradigest.publish.excel;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.domain.Origin;
import org.infradigest.publish.DigestFact;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.KeyFigure;
import org.infradigest.publish.SourceEntry;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first sheet: what the run read, what it found, and the key figures, as one filterable table
 * (section, item, value, ...) so it behaves like every other sheet.
 */
final class SummarySheet {

    /** Key figures listed in the summary; the Facts sheet has them all. */
    static final int KEY_FIGURES = 30;

    private static final Set<String> ARTICLE_FORMATS = Set.of("text", "html", "rss", "atom", "jsonl");

    private static final List<Column> COLUMNS = List.of(
            Column.text("Section"), Column.text("Item"), Column.number("Value"), Column.text("Unit"),
            Column.text("Region"), Column.text("Operator"), Column.text("Period"), Column.text("Qualifier"),
            Column.number("Sources"));

    private SummarySheet() {
    }

    static void write(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model, List<KeyFigure> keyFigures) {
        SheetTable table = new SheetTable(workbook, "Summary", styles, COLUMNS);
        table.add("Run", "Run date", model.runDate());
        table.add("Run", "Generated at (UTC)", LocalDateTime.ofInstant(model.generatedAt(), ZoneOffset.UTC));

        long articles = model.sources().stream().filter(s -> ARTICLE_FORMATS.contains(s.format())).count();
        table.add("Input", "Sources read", model.sources().size());
        table.add("Input", "Articles read", articles);
        table.add("Input", "Statistics files read", model.sources().size() - articles);
        Map<String, Integer> byFormat = new TreeMap<>();
        for (SourceEntry source : model.sources()) {
            byFormat.merge(source.format() == null ? "unknown" : source.format(), 1, Integer::sum);
        }
        byFormat.forEach((format, count) -> table.add("Input", "Sources in format " + format, count));

        long news = model.facts().stream().filter(f -> f.fact().origin() == Origin.NEWS).count();
        long statistics = model.facts().stream().filter(f -> f.fact().origin() == Origin.STATISTICS).count();
        table.add("Facts", "Facts", model.facts().size());
        table.add("Facts", "Facts from news", news);
        table.add("Facts", "Facts from statistics", statistics);
        table.add("Facts", "Facts new in this run", model.facts().stream().filter(DigestFact::isNew).count());

        for (KeyFigure k : keyFigures) {
            Object value = k.percent() ? new Percent(k.value()) : k.value();
            table.add("Key figures", k.metric().label() + (k.isNew() ? " (new)" : ""), value, k.unitLabel(),
                    k.region(), k.operator(), k.period(), k.qualifier().code(), k.sources());
        }

        table.add("Counts", "Operators and units named", ListSheets.operatorRows(model).size());
        table.add("Counts", "Initiatives", model.initiatives().size());
        table.add("Counts", "Statements", model.statements().size());
        table.add("Counts", "Foreign licence events", model.licences().size());
        table.add("Counts", "Figures of record", model.figures().size());
        table.add("Counts", "Conflicts to look at", model.conflicts().size());
        table.add("Counts", "Rejects", model.rejects().size());
        table.finish();
    }

}
