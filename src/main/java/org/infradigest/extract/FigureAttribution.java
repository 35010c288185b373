package org.infradigest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.infradigest.text.Lines;

/**
 * Decides where and whose a figure is: the region named nearest to the number in its clause (leaving out
 * possessives such as "China's Ministry", organisation names such as "Beijing Communications Administration",
 * other companies' units and the dateline), else the article's region; and the operator that is the subject of the
 * clause, an operator referred back to ("the market leader", "its"), or none for industry totals and lists.
 */
public final class FigureAttribution {

    // "BEIJING, April 20 (Xinhua) --", "NEW DELHI --" without a date, "BEIJING: ": where a report was filed.
    static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]+(?::\\s|(?:,\\s+\\p{Lu}[a-z]+\\.?\\s+\\d{1,2})?\\s*(?:\\([^)]*\\))?\\s*(?:--|—|–))");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^(?:'s|’s|'|’)(?![\\p{L}])");
    private static final Pattern PROPER_NAME_AFTER = Pattern.compile("^\\s\\p{Lu}\\p{Ll}");
    private static final Pattern FOREIGN_POSSESSOR_BEFORE = Pattern.compile("\\p{L}(?:'s|’s|'|’)\\s$");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
    // a figure, not the 5 of "5G" nor a year's digits inside a word
    private static final Pattern FIGURE = Pattern.compile("(?<![\\w.])\\d[\\d,.]*(?![\\w-])");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("^[\\s,]*(?:and|or|&|--|—|–|plus)?[\\s,]*$");

    private final RegionGazetteer regions;
    private final OperatorGazetteer operators;
    private final LanguageCues cues;
    private final PhraseMatcher monthsAndDays = PhraseMatcher.caseSensitive(List.of("January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December"));

    public FigureAttribution(RegionGazetteer regions, OperatorGazetteer operators, LanguageCues cues) {
        this.regions = regions;
        this.operators = operators;
        this.cues = cues;
    }

    /** The article's region: named in the title, else the one the body names most, else its operators' country. */
    public Region articleRegion(String title, String body) {
        List<RegionGazetteer.Mention> inTitle = eligibleForArticle(title == null ? "" : title);
        if (!inTitle.isEmpty()) {
            return inTitle.get(0).region();
        }
        Map<Region, Integer> counts = new HashMap<>();
        List<Region> order = new ArrayList<>();
        for (String line : Lines.of(body)) {
            String text = DATELINE.matcher(line).replaceFirst(m -> " ".repeat(m.group().length()));
            for (RegionGazetteer.Mention m : eligibleForArticle(text)) {
                if (counts.merge(m.region(), 1, Integer::sum) == 1) {
                    order.add(m.region());
                }
            }
        }
        Region best = null;
        for (Region r : order) {
            if (best == null || counts.get(r) > counts.get(best)) {
                best = r;
            }
        }
        if (best != null) {
            return best;
        }
        for (OperatorGazetteer.Mention m : operators.find(body)) {
            Region country = regions.byName(m.operator().country());
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private List<RegionGazetteer.Mention> eligibleForArticle(String text) {
        List<OperatorGazetteer.Mention> ops = operators.find(text);
        return regions.find(text).stream().filter(m -> m.region() != null && !m.adjective() || m.adjective()
                        && m.region() != null && m.region().isCountry())
                .filter(m -> ops.stream().noneMatch(o -> o.start() < m.end() && m.start() < o.end()))
                .toList();
    }

    /** Region mentions of a sentence that can own a figure, with the dateline and organisation names left out. */
    public List<RegionGazetteer.Mention> figureRegions(String sentence) {
        return figureRegions(sentence, operators.find(sentence));
    }

    /** As {@link #figureRegions(String)}, with the sentence's operator mentions already found. */
    public List<RegionGazetteer.Mention> figureRegions(String sentence, List<OperatorGazetteer.Mention> ops) {
        java.util.regex.Matcher dateline = DATELINE.matcher(sentence);
        int datelineEnd = dateline.find() ? dateline.end() : 0;
        List<RegionGazetteer.Mention> out = new ArrayList<>();
        for (RegionGazetteer.Mention m : regions.find(sentence)) {
            boolean insideOperatorName = ops.stream().anyMatch(o -> o.start() < m.end() && m.start() < o.end());
            if (m.start() < datelineEnd || NotFactFilter.insideBrackets(sentence, m.start()) || insideOperatorName) {
                continue; // the filing city, a bracketed aside ("U.S. dollars"), or the "China" of "China Mobile"
            }
            String after = sentence.substring(m.end());
            String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
            if (!m.national() && POSSESSIVE_AFTER.matcher(after).find() && !ownsAMeasuredThing(after)) {
                continue; // "China's Ministry ...", "China's financial center": the possessor is not the figure's place
            }
            if (!m.national() && PROPER_NAME_AFTER.matcher(after).find() && !followedByPlaceOrMonth(after)) {
                continue;
            }
            if (hasApostrophe(before) && FOREIGN_POSSESSOR_BEFORE.matcher(before).find()
                    && !endsWithOperatorPossessive(ops, m.start())) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** "Zhejiang's 5G base stations", "the European Union's gigabit coverage": the place owns what is counted. */
    private boolean ownsAMeasuredThing(String after) {
        java.util.regex.Matcher possessive = POSSESSIVE_AFTER.matcher(after);
        String owned = possessive.find() ? after.substring(possessive.end()).stripLeading() : after;
        PhraseMatcher.Hit first = cues.possessedMeasures().first(owned);
        return first != null && first.start() == 0;
    }

    /**
     * A figure that names no place of its own but belongs to an operator of another country than the article's
     * ("Bharti Airtel's 5G customer base" in a story about Chinese operators) is that operator's country's.
     */
    public Region operatorHome(Operator operator, Region articleRegion) {
        if (operator == null || operator.country() == null) {
            return articleRegion;
        }
        Region home = regions.byName(operator.country());
        Region articleCountry = articleRegion == null ? null : regions.countryOf(articleRegion);
        return home != null && !home.equals(articleCountry) ? home : articleRegion;
    }

    private boolean followedByPlaceOrMonth(String after) {
        String next = after.trim();
        return !regions.find(next).stream().filter(r -> r.start() == 0).toList().isEmpty()
                || monthsAndDays.first(next) != null && monthsAndDays.first(next).start() == 0;
    }

    /** What {@link #FOREIGN_POSSESSOR_BEFORE} needs: it is searched for before every region mention. */
    private static boolean hasApostrophe(String text) {
        return text.indexOf('\'') >= 0 || text.indexOf('’') >= 0;
    }

    private static boolean endsWithOperatorPossessive(List<OperatorGazetteer.Mention> ops, int regionStart) {
        return ops.stream().anyMatch(o -> regionStart - o.end() >= 0 && regionStart - o.end() <= 4);
    }

    /**
     * The region of a figure: named between the previous figure and this one, else right after it (before the next
     * figure), else anywhere before it in its clause, else first in the sentence, else the article's.
     *
     * @param mentions      eligible region mentions of the sentence
     * @param clause        [start, end) of the number's clause
     * @param previousEnd   end of the previous figure in the clause, or the clause start
     * @param numberStart   the number's start
     * @param numberEnd     the number's end
     * @param nextStart     start of the next figure in the clause, or the clause end
     * @param nearEnd       end of the number's noun phrase (adjectives count only inside it)
     * @param articleRegion the article's region
     */
    public Region regionFor(List<RegionGazetteer.Mention> mentions, int[] clause, int previousEnd, int numberStart,
                            int numberEnd, int nextStart, int nearEnd, Region articleRegion) {
        RegionGazetteer.Mention best = null;
        for (RegionGazetteer.Mention m : mentions) {
            if (!m.adjective() && m.start() >= previousEnd && m.end() <= numberStart) {
                best = m; // the last one before the number wins
            }
        }
        if (best == null) {
            for (RegionGazetteer.Mention m : mentions) {
                boolean inPhrase = !m.adjective() || m.start() <= nearEnd;
                if (m.start() >= numberEnd && m.end() <= nextStart && inPhrase) {
                    best = m;
                    break;
                }
            }
        }
        if (best == null) {
            for (RegionGazetteer.Mention m : mentions) {
                if (!m.adjective() && m.start() >= clause[0] && m.end() <= numberStart) {
                    best = m;
                }
            }
        }
        if (best == null) {
            best = mentions.stream().filter(m -> !m.adjective()).findFirst().orElse(null);
        }
        if (best == null) {
            return articleRegion;
        }
        if (best.national()) {
            Region country = articleRegion == null ? null : regions.countryOf(articleRegion);
            return country != null ? country : articleRegion;
        }
        return best.region();
    }

    /**
     * The operator of a figure, or null for an industry total.
     *
     * @param sentence        the sentence
     * @param ops             operator mentions of the sentence
     * @param clause          [start, end) of the number's clause
     * @param numberStart     the number's start
     * @param carriedOperator subject operator of the previous sentence, or null
     */
    /**
     * "China Mobile and China Unicom had 2.4 million and 1.5 million respectively": the k-th figure after the
     * list belongs to the k-th operator of the list.
     */
    private static Operator respective(String sentence, List<OperatorGazetteer.Mention> inClause, int[] clause,
                                       int numberStart) {
        if (!RESPECTIVELY.matcher(sentence.substring(numberStart, clause[1])).find()) {
            return null;
        }
        List<OperatorGazetteer.Mention> list = new ArrayList<>(List.of(inClause.get(inClause.size() - 1)));
        for (int i = inClause.size() - 2; i >= 0; i--) {
            String between = sentence.substring(inClause.get(i).end(), list.getFirst().start());
            if (!LIST_SEPARATOR.matcher(between).find()) {
                break;
            }
            list.addFirst(inClause.get(i));
        }
        int earlierFigures = (int) FIGURE.matcher(sentence.substring(list.getLast().end(), numberStart)).results().count();
        return earlierFigures < list.size() ? list.get(earlierFigures).operator() : null;
    }

    public Operator operatorFor(String sentence, List<OperatorGazetteer.Mention> ops, int[] clause, int numberStart,
                                Operator carriedOperator) {
        String before = sentence.substring(clause[0], numberStart);
        List<OperatorGazetteer.Mention> inClause = ops.stream()
                .filter(o -> o.start() >= clause[0] && o.end() <= numberStart).toList();
        if (cues.collectiveCues().containedIn(before)) {
            return null;
        }
        if (!inClause.isEmpty()) {
            OperatorGazetteer.Mention last = inClause.get(inClause.size() - 1);
            if (inClause.size() > 1) {
                OperatorGazetteer.Mention previous = inClause.get(inClause.size() - 2);
                String between = sentence.substring(previous.end(), last.start());
                if (LIST_SEPARATOR.matcher(between).find() && previous.operator() != last.operator()) {
                    Operator respective = respective(sentence, inClause, clause, numberStart);
                    if (respective != null) {
                        return respective;
                    }
                    return null; // "China Telecom, China Mobile and China Unicom" together
                }
            }
            return last.operator();
        }
        if (cues.operatorReferences().containedIn(before)) {
            // "the market leader added ...", "its total": the operator the previous sentence was about.
            return carriedOperator;
        }
        return null;
    }
}
