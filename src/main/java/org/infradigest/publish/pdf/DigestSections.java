package org.infradigest.publish.pdf;

import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.Statement;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.DigestTotals;
import org.infradigest.publish.FigureChange;
import org.infradigest.publish.FigureFormat;
import org.infradigest.publish.MetricInfo;
import org.infradigest.publish.SourceEntry;
import org.infradigest.reconcile.Conflict;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds the prose sections of the digest (what changed, operators and initiatives, statements, conflicts,
 * licences, sources), each read in one bounded pass over its rows and capped by {@link SectionLimits} so the digest stays short whatever the input.
 */
final class DigestSections {

    /** Candidates read per item shown, so that spreading over speakers and operators has some choice. */
    private static final int CANDIDATES = 8;

    /** Operators listed after "Also named". */
    private static final int MAX_NAMED = 40;

    private final DigestFonts fonts;
    private final SectionLimits limits;

    DigestSections(DigestFonts fonts, SectionLimits limits) {
        this.fonts = fonts;
        this.limits = limits;
    }

    Paragraph heading(String text) {
        Paragraph heading = new Paragraph(fonts.bold(text, DigestFonts.HEADING, DigestFonts.ACCENT));
        heading.setLeading(DigestFonts.HEADING * 1.2f);
        heading.setSpacingBefore(9);
        heading.setSpacingAfter(2);
        heading.setKeepTogether(true);
        return heading;
    }

    List<Element> initiatives(DigestModel model) {
        List<Initiative> candidates = new ArrayList<>();
        model.initiatives().forEach(i -> {
            if (candidates.size() < CANDIDATES * limits.initiatives()) {
                candidates.add(i);
            }
        });
        List<Initiative> chosen = spread(candidates, i -> List.of(text(i.operator()), text(i.region())),
                i -> List.of(text(i.operator()), text(i.region()), text(i.action())), limits.initiatives());
        Map<List<String>, String> units = new HashMap<>();
        Set<String> named = new LinkedHashSet<>();
        Set<List<String>> wanted = new HashSet<>();
        chosen.forEach(i -> wanted.add(Arrays.asList(i.operator(), i.region())));
        model.operators().forEach(u -> {
            List<String> key = Arrays.asList(u.operator(), u.region());
            if (wanted.contains(key) && present(u.unit()) == 1) {
                units.putIfAbsent(key, u.unit());
            }
            if (named.size() < MAX_NAMED) {
                named.add(text(u.operator()));
            }
        });
        List<Element> out = new ArrayList<>();
        for (Initiative i : chosen) {
            String unit = units.get(Arrays.asList(i.operator(), i.region()));
            String name = unit != null ? i.operator() + " " + unit
                    : i.region() == null ? text(i.operator()) : i.operator() + " (" + i.region() + ")";
            out.add(bullet(name, Ellipsis.shorten(i.action(), limits.quoteChars())));
        }
        chosen.forEach(i -> named.remove(text(i.operator())));
        named.remove("");
        if (!named.isEmpty()) {
            out.add(note("Also named: " + Ellipsis.shorten(String.join(", ", named), limits.quoteChars())));
        }
        return orNone(out);
    }

    List<Element> statements(DigestModel model) {
        // Quotes with a role and organisation say more to a manager; one per speaker before any second.
        // Latest articles come first; a few candidates per class are enough to fill the section, and the rows
        // keep only those rather than sort every statement.
        Map<Integer, List<Statement>> byDetail = model.statements().firstOfEach(
                s -> 2 - present(s.role()) - present(s.organisation()), CANDIDATES * limits.statements());
        List<Statement> ranked = Stream.of(0, 1, 2).flatMap(detail -> byDetail.getOrDefault(detail, List.of()).stream())
                .toList();
        List<Statement> chosen = spread(ranked, s -> List.of(text(s.speaker())),
                s -> List.of(text(s.speaker()), text(s.text())), limits.statements());
        List<Element> out = new ArrayList<>();
        for (Statement s : chosen) {
            String who = Stream.of(s.speaker(), s.role(), s.organisation())
                    .filter(t -> t != null && !t.isBlank()).reduce((a, b) -> a + ", " + b).orElse("Unnamed");
            String quote = Ellipsis.shorten(text(s.text()).strip().replaceAll("^[\"\u201C]+|[\"\u201D]+$", ""),
                    limits.quoteChars());
            Paragraph p = new Paragraph();
            p.add(fonts.bold(Ellipsis.shorten(who, limits.cellChars() * 2) + ": ", DigestFonts.BODY, DigestFonts.INK));
            p.add(fonts.regular("\u201C" + quote + "\u201D", DigestFonts.BODY, DigestFonts.INK));
            p.setSpacingAfter(3);
            p.setLeading(DigestFonts.BODY * 1.3f);
            out.add(p);
        }
        return orNone(out);
    }

    /** The figures this run added or changed, most important first. */
    List<Element> changes(DigestModel model, List<FigureChange> changes) {
        List<Element> out = new ArrayList<>();
        for (FigureChange c : changes) {
            String now = FigureFormat.qualified(c.figure().value(), c.figure().record().qualifier(), c.percent());
            String text = c.isNew() ? now + " (new)"
                    : now + ", was " + FigureFormat.grouped(c.previous()) + (c.percent() ? "%" : "");
            out.add(bullet(c.metric().label() + ", " + c.where(), text));
        }
        DigestTotals t = model.totals();
        if (t.newFigures() + t.changedFigures() > changes.size()) {
            out.add(note(FigureFormat.grouped(BigDecimal.valueOf(t.newFigures())) + " figures new and "
                    + FigureFormat.grouped(BigDecimal.valueOf(t.changedFigures()))
                    + " changed in this run; the workbook's Figures sheet flags them all."));
        }
        return orNone(out);
    }

    /** The largest disagreements between a source and the figure of record. */
    List<Element> conflicts(DigestModel model) {
        List<Element> out = new ArrayList<>();
        for (Conflict c : model.conflicts().first(limits.conflicts())) {
            MetricInfo metric = model.metric(c.key().metric());
            boolean percent = FigureFormat.isPercent(metric.unit());
            String where = FigureFormat.where(c.key().region(), c.key().operator())
                    + (c.key().period().isEmpty() ? "" : ", " + c.key().period());
            String text = FigureFormat.grouped(c.other().value()) + (percent ? "%" : "") + " in "
                    + Ellipsis.shorten(text(c.other().source()), limits.cellChars()) + " against "
                    + FigureFormat.grouped(c.record().value()) + (percent ? "%" : "") + " of record ("
                    + FigureFormat.grouped(c.differencePercent().setScale(1, java.math.RoundingMode.HALF_UP))
                    + "% apart).";
            out.add(bullet(metric.label() + ", " + where, text));
        }
        long total = model.totals().conflicts();
        if (total > limits.conflicts()) {
            out.add(note("and " + (total - limits.conflicts()) + " more; the workbook's Conflicts sheet lists them all."));
        }
        return orNone(out);
    }

    List<Element> licences(DigestModel model) {
        List<Element> out = new ArrayList<>();
        model.licences().first(limits.licences()).forEach(l -> out.add(bullet(text(l.region()),
                Ellipsis.shorten(describe(l), limits.quoteChars()))));
        return orNone(out);
    }

    List<Element> sources(DigestModel model) {
        Comparator<SourceEntry> mostFacts = Comparator.comparingInt(SourceEntry::facts).reversed()
                .thenComparing(s -> text(s.title())).thenComparing(s -> text(s.source()));
        TreeSet<SourceEntry> top = new TreeSet<>(mostFacts);
        model.sources().forEachInAnyOrder(s -> { // ranked here: no need of the list's own (newest first) order
            top.add(s);
            if (top.size() > limits.sources()) {
                top.pollLast();
            }
        });
        List<Element> out = new ArrayList<>();
        top.forEach(s -> {
            String title = present(s.title()) == 1 ? s.title() : s.source();
            Paragraph p = new Paragraph();
            p.add(fonts.regular(Ellipsis.shorten(title, limits.cellChars() + 20), DigestFonts.SMALL, DigestFonts.INK));
            if (present(s.title()) == 1 && present(s.source()) == 1) {
                p.add(fonts.regular("  " + Ellipsis.shorten(s.source(), limits.cellChars() + 30), DigestFonts.SMALL,
                        DigestFonts.MUTED));
            }
            p.setLeading(DigestFonts.SMALL * 1.35f);
            out.add(p);
        });
        long total = model.totals().sources();
        if (total > top.size()) {
            out.add(note("and " + (total - top.size()) + " more; the workbook lists them all."));
        }
        return orNone(out);
    }

    Paragraph note(String text) {
        Paragraph p = new Paragraph(fonts.regular(text, DigestFonts.SMALL, DigestFonts.MUTED));
        p.setLeading(DigestFonts.SMALL * 1.35f);
        p.setSpacingBefore(2);
        return p;
    }

    private Paragraph bullet(String lead, String text) {
        Paragraph p = new Paragraph();
        p.add(fonts.regular("\u2022  ", DigestFonts.BODY, DigestFonts.MUTED));
        p.add(fonts.bold(Ellipsis.shorten(lead, limits.cellChars()) + ": ", DigestFonts.BODY, DigestFonts.INK));
        p.add(fonts.regular(text, DigestFonts.BODY, DigestFonts.INK));
        p.setIndentationLeft(10);
        p.setFirstLineIndent(-10);
        p.setLeading(DigestFonts.BODY * 1.3f);
        p.setSpacingAfter(1.5f);
        return p;
    }

    private List<Element> orNone(List<Element> elements) {
        return elements.isEmpty() ? List.of(note("None in this run.")) : elements;
    }

    private static String describe(LicenceApproval l) {
        String firms = l.firms() == 1 ? "1 foreign-funded firm" : l.firms() + " foreign-funded firms";
        StringBuilder s = new StringBuilder(firms).append(" approved");
        if (l.cumulative()) {
            s.append(" to date");
        } else if (present(l.batch()) == 1) {
            s.append(" in the ").append(l.batch());
        }
        if (present(l.service()) == 1) {
            s.append(" for ").append(l.service());
        }
        if (present(l.namedFirms()) == 1) {
            s.append(", including ").append(l.namedFirms());
        }
        return s.append('.').toString();
    }

    /** Up to {@code limit} distinct items, one per group first, then seconds, keeping the input order. */
    private static <T> List<T> spread(List<T> items, Function<T, Object> group,
                                      Function<T, Object> identity, int limit) {
        Map<Object, T> distinct = new LinkedHashMap<>();
        items.forEach(item -> distinct.putIfAbsent(identity.apply(item), item));
        List<T> firsts = new ArrayList<>();
        List<T> rest = new ArrayList<>();
        Set<Object> seen = new LinkedHashSet<>();
        for (T item : distinct.values()) {
            (seen.add(group.apply(item)) ? firsts : rest).add(item);
        }
        firsts.addAll(rest);
        return firsts.subList(0, Math.min(limit, firsts.size()));
    }

    private static int present(String s) {
        return s != null && !s.isBlank() ? 1 : 0;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
