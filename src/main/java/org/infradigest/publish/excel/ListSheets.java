package org.infradigest.publish.excel;

import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.OperatorUnit;
import org.infradigest.publish.SourceEntry;

import java.util.List;

/** The sheets that list the model's other records: operators, licences, initiatives, statements, sources, rejects. */
final class ListSheets {

    private ListSheets() {
    }

    static TableSheet<OperatorUnit> operators(DigestModel model) {
        return TableSheet.of("Operators", List.of(Column.text("Operator"), Column.text("Region"), Column.text("Unit"),
                Column.number("Sources"), Column.link("First source")), model.operators(),
                u -> new Object[] {u.operator(), u.region(), u.unit(), u.sources(), u.firstSource()});
    }

    static TableSheet<LicenceApproval> licences(DigestModel model) {
        return TableSheet.of("Licences", List.of(Column.text("Region"), Column.number("Firms"), Column.text("Scope"),
                Column.text("Batch"), Column.text("Services"), Column.text("Named firms"), Column.link("Source"),
                Column.longText("Sentence")), model.licences(),
                l -> new Object[] {l.region(), l.firms(), l.cumulative() ? "to date" : "this batch", l.batch(),
                        l.service(), l.namedFirms(), l.source(), l.sentence()});
    }

    static TableSheet<Initiative> initiatives(DigestModel model) {
        return TableSheet.of("Initiatives", List.of(Column.text("Operator"), Column.text("Region"),
                Column.longText("Action"), Column.link("Source"), Column.longText("Sentence")), model.initiatives(),
                i -> new Object[] {i.operator(), i.region(), i.action(), i.source(), i.sentence()});
    }

    static TableSheet<Statement> statements(DigestModel model) {
        return TableSheet.of("Statements", List.of(Column.text("Speaker"), Column.text("Role"),
                Column.text("Organisation"), Column.longText("Statement"), Column.link("Source")), model.statements(),
                s -> new Object[] {s.speaker(), s.role(), s.organisation(), s.text(), s.source()});
    }

    static TableSheet<SourceEntry> sources(DigestModel model) {
        return TableSheet.of("Sources", List.of(Column.link("Source"), Column.longText("Title"),
                Column.date("Published"), Column.text("Format"), Column.number("Facts")), model.sources(),
                s -> new Object[] {s.source(), s.title(), s.published(), s.format(), s.facts()});
    }

    static TableSheet<Reject> rejects(DigestModel model) {
        return TableSheet.of("Rejects", List.of(Column.text("Step"), Column.link("File"), Column.text("Location"),
                Column.longText("Reason")), model.rejects(),
                r -> new Object[] {r.step(), r.file(), r.location(), r.reason()});
    }
}
