package org.infradigest.publish.excel;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.SourceEntry;

import java.util.List;

/** The sheets that list the model's other records: operators, licences, initiatives, statements, sources, rejects. */
final class ListSheets {

    private ListSheets() {
    }

    static void operators(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Operators", styles, List.of(Column.text("Operator"),
                Column.text("Region"), Column.text("Unit"), Column.number("Sources"), Column.link("First source")));
        model.operators().forEach(u -> table.add(u.operator(), u.region(), u.unit(), u.sources(), u.firstSource()));
        table.finish();
    }

    static void licences(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Licences", styles, List.of(Column.text("Region"),
                Column.number("Firms"), Column.text("Scope"), Column.text("Batch"), Column.text("Services"),
                Column.text("Named firms"), Column.link("Source"), Column.longText("Sentence")));
        model.licences().forEach(l -> table.add(l.region(), l.firms(), l.cumulative() ? "to date" : "this batch",
                l.batch(), l.service(), l.namedFirms(), l.source(), l.sentence()));
        table.finish();
    }

    static void initiatives(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Initiatives", styles, List.of(Column.text("Operator"),
                Column.text("Region"), Column.longText("Action"), Column.link("Source"), Column.longText("Sentence")));
        model.initiatives().forEach(i -> table.add(i.operator(), i.region(), i.action(), i.source(), i.sentence()));
        table.finish();
    }

    static void statements(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Statements", styles, List.of(Column.text("Speaker"),
                Column.text("Role"), Column.text("Organisation"), Column.longText("Statement"), Column.link("Source")));
        model.statements().forEach(s -> table.add(s.speaker(), s.role(), s.organisation(), s.text(), s.source()));
        table.finish();
    }

    static void sources(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Sources", styles, List.of(Column.link("Source"),
                Column.longText("Title"), Column.date("Published"), Column.text("Format"), Column.number("Facts")));
        model.sources().forEach(s -> table.add(s.source(), s.title(), s.published(), s.format(), s.facts()));
        table.finish();
    }

    static void rejects(SXSSFWorkbook workbook, WorkbookStyles styles, DigestModel model) {
        SheetTable table = new SheetTable(workbook, "Rejects", styles, List.of(Column.text("Step"),
                Column.link("File"), Column.text("Location"), Column.longText("Reason")));
        model.rejects().forEach(r -> table.add(r.step(), r.file(), r.location(), r.reason()));
        table.finish();
    }
}
