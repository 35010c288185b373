package org.infradigest.publish.excel;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.SourceEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The sheets that list the model's other records: operators, licences, initiatives, statements, sources, rejects. */
final class ListSheets {

    private ListSheets() {
    }

    /** One row per operator unit, with the distinct sources that name it. */
    record OperatorRow(String operator, String region, String unit, Set<String> sources) {
    }

    static List<OperatorRow> operatorRows(DigestModel model) {
        Map<List<String>, OperatorRow> rows = new TreeMap<>(Comparator.comparing(Object::toString));
        for (OperatorMention m : model.operators()) {
            List<String> key = List.of(text(m.operator()), text(m.region()), text(m.unit()));
            rows.computeIfAbsent(key, k -> new OperatorRow(m.operator(), m.region(), m.unit(), new LinkedHashSet<>()))
                    .sources().add(text(m.source()));
        }
        return new ArrayList<>(rows.values());
    }

    static void operators(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Operators", styles, List.of(Column.text("Operator"),
                Column.text("Region"), Column.text("Unit"), Column.number("Sources"), Column.link("First source")));
        for (OperatorRow row : operatorRows(model)) {
            table.add(row.operator(), row.region(), row.unit(), row.sources().size(),
                    row.sources().iterator().next());
        }
        table.finish();
    }

    static void licences(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Licences", styles, List.of(Column.text("Region"),
                Column.number("Firms"), Column.text("Scope"), Column.text("Batch"), Column.text("Services"),
                Column.text("Named firms"), Column.link("Source"), Column.longText("Sentence")));
        for (LicenceApproval l : model.licences()) {
            table.add(l.region(), l.firms(), l.cumulative() ? "to date" : "this batch", l.batch(), l.service(),
                    l.namedFirms(), l.source(), l.sentence());
        }
        table.finish();
    }

    static void initiatives(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Initiatives", styles, List.of(Column.text("Operator"),
                Column.text("Region"), Column.longText("Action"), Column.link("Source"), Column.longText("Sentence")));
        for (Initiative i : model.initiatives()) {
            table.add(i.operator(), i.region(), i.action(), i.source(), i.sentence());
        }
        table.finish();
    }

    static void statements(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Statements", styles, List.of(Column.text("Speaker"),
                Column.text("Role"), Column.text("Organisation"), Column.longText("Statement"), Column.link("Source")));
        for (Statement s : model.statements()) {
            table.add(s.speaker(), s.role(), s.organisation(), s.text(), s.source());
        }
        table.finish();
    }

    static void sources(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Sources", styles, List.of(Column.link("Source"),
                Column.longText("Title"), Column.date("Published"), Column.text("Format"), Column.number("Facts")));
        for (SourceEntry s : model.sources()) {
            table.add(s.source(), s.title(), s.published(), s.format(), s.facts());
        }
        table.finish();
    }

    static void rejects(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Rejects", styles, List.of(Column.text("Step"),
                Column.link("File"), Column.text("Location"), Column.longText("Reason")));
        for (Reject r : model.rejects()) {
            table.add(r.step(), r.file(), r.location(), r.reason());
        }
        table.finish();
    }

    private static String text(String s) {
        return Objects.toString(s, "");
    }
}
