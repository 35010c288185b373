package org.infradigest.publish.pdf;

import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Statement;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.SourceEntry;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds the prose sections of the digest (operators and initiatives, statements, licences, sources),
 * each capped by {@link SectionLimits} so the digest stays short whatever the input.
 */
final class DigestSections {

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
        List<Initiative> chosen = spread(model.initiatives(), i -> List.of(text(i.operator()), text(i.region())),
                i -> List.of(text(i.operator()), text(i.region()), text(i.action())), limits.initiatives());
        List<Element> out = new ArrayList<>();
        for (Initiative i : chosen) {
            out.add(bullet(unitName(model, i), Ellipsis.shorten(i.action(), limits.quoteChars())));
        }
        Set<String> named = new LinkedHashSet<>();
        model.operators().forEach(m -> named.add(text(m.operator())));
        chosen.forEach(i -> named.remove(text(i.operator())));
        named.remove("");
        if (!named.isEmpty()) {
            out.add(note("Also named: " + Ellipsis.shorten(String.join(", ", named), limits.quoteChars())));
        }
        return orNone(out);
    }

    List<Element> statements(DigestModel model) {
        // Quotes with a role and organisation say more to a manager; one per speaker before any second.
        List<Statement> ranked = model.statements().stream()
                .sorted(Comparator.comparingInt((Statement s) -> -(present(s.role()) + present(s.organisation()))))
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

    List<Element> licences(DigestModel model) {
        List<Element> out = new ArrayList<>();
        model.licences().stream().limit(limits.licences()).forEach(l -> out.add(bullet(text(l.region()),
                Ellipsis.shorten(describe(l), limits.quoteChars()))));
        return orNone(out);
    }

    List<Element> sources(DigestModel model) {
        List<SourceEntry> ranked = model.sources().stream()
                .sorted(Comparator.comparingInt(SourceEntry::facts).reversed()
                        .thenComparing(s -> text(s.title())))
                .toList();
        List<Element> out = new ArrayList<>();
        ranked.stream().limit(limits.sources()).forEach(s -> {
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
        if (ranked.size() > limits.sources()) {
            out.add(note("and " + (ranked.size() - limits.sources()) + " more; the workbook lists them all."));
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

    /** "China Mobile Beijing branch" when an operator mention names the unit, else "China Mobile (Beijing)". */
    private static String unitName(DigestModel model, Initiative i) {
        for (OperatorMention m : model.operators()) {
            if (Objects.equals(m.operator(), i.operator()) && Objects.equals(m.region(), i.region())
                    && present(m.unit()) == 1) {
                return i.operator() + " " + m.unit();
            }
        }
        return i.region() == null ? text(i.operator()) : i.operator() + " (" + i.region() + ")";
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
