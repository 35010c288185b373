package org.infradigest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.infradigest.domain.Fact;

/**
 * Gives a figure its period from the time expressions around it: the nearest one after it in its clause, else
 * before it, else the sentence's; a before/after pair takes the earliest and latest; a milestone takes the time
 * the sentence after it gives ("The threshold was passed when July ended").
 */
final class FigurePeriods {

    private static final Pattern COMPARISON_CLAUSE = Pattern.compile(
            "(?i)^\\s*(?:up from|down from|compared with|compared to|versus|against|from)\\b");
    private static final Pattern MILESTONE_FOLLOW_UP = Pattern.compile(
            "^(?:The|This|That)\\s+(?:threshold|mark|milestone|figure|level|landmark)\\s+(?:was|had been)\\s+"
                    + "(?:passed|reached|crossed|hit|achieved|surpassed|topped)\\b");

    private final NumberGrammar numbers;
    private final PeriodResolver periods;

    FigurePeriods(NumberGrammar numbers, PeriodResolver periods) {
        this.numbers = numbers;
        this.periods = periods;
    }

    /** The figures of sentence {@code index}, dated by a follow-up within the next three sentences when undated. */
    List<Fact> datedByFollowUp(List<Fact> found, List<Sentence> sentences, int index, LocalDate published) {
        if (found.isEmpty() || found.stream().allMatch(f -> f.period() != null)) {
            return found;
        }
        // Look ahead past explanatory sentences without figures for a follow-up that dates a milestone.
        for (int next = index + 1; next < sentences.size() && next <= index + 3; next++) {
            Sentence following = sentences.get(next);
            if (following.isTableRow()) {
                break;
            }
            if (MILESTONE_FOLLOW_UP.matcher(following.text()).find()) {
                return datedByNextSentence(found, following.text(), published);
            }
            if (!numbers.find(following.text()).isEmpty()) {
                break;
            }
        }
        return found;
    }

    /**
     * "... has gone past the 450,000 mark. The threshold was passed when July ended": a milestone dated by the
     * sentence that follows it. Only figures without a time of their own take it.
     */
    private List<Fact> datedByNextSentence(List<Fact> found, String nextSentence, LocalDate published) {
        if (found.isEmpty() || found.stream().allMatch(f -> f.period() != null)
                || !MILESTONE_FOLLOW_UP.matcher(nextSentence).find()) {
            return found;
        }
        List<PeriodMention> mentions = periods.find(nextSentence, published);
        String period = mentions.stream().filter(m -> !m.reference() && m.period() != null)
                .map(PeriodMention::period).findFirst().orElse(null);
        if (period == null) {
            return found;
        }
        return found.stream().map(f -> f.period() != null ? f : new Fact(f.metric(), f.value(), f.unit(), f.region(),
                f.operator(), period, f.qualifier(), f.origin(), f.source(), f.sentence())).toList();
    }

    /** For a change "from X to Y" in a sentence naming two periods: X's and Y's periods, earliest first. */
    static String[] beforeAfter(List<PeriodMention> mentions) {
        List<String> distinct = mentions.stream().map(PeriodMention::period).filter(p -> p != null).distinct()
                .sorted((x, y) -> CalendarPeriods.startOf(x).compareTo(CalendarPeriods.startOf(y))).toList();
        if (distinct.size() < 2) {
            return null;
        }
        return new String[] {distinct.get(0), distinct.get(distinct.size() - 1)};
    }

    /**
     * The period of a number: the nearest time expression after it in its clause (before the next figure), else
     * the nearest before it in the clause, else the sentence's first; points of comparison never count.
     */
    static PeriodMention periodFor(String sentence, NumberToken n, int[] clause, List<int[]> spans,
                                           List<NumberToken> tokens, List<PeriodMention> mentions) {
        int nextNumber = clause[1];
        for (NumberToken t : tokens) {
            if (t.start() > n.end() && t.start() < nextNumber && !NotFactFilter.insideBrackets(sentence, t.start())) {
                nextNumber = t.start();
            }
        }
        PeriodMention best = null;
        for (PeriodMention p : mentions) {
            if (!p.reference() && p.start() >= n.end() && p.end() <= nextNumber) {
                return p;
            }
        }
        for (PeriodMention p : mentions) {
            if (!p.reference() && p.start() >= clause[0] && p.end() <= n.start()) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        // A clause of comparison ("up from 1.74 at the end of 2022") dates its own figure, never the sentence's;
        // nor does a deadline ("by the end of 2025") date a figure outside its clause.
        return mentions.stream().filter(p -> !p.reference() && !p.future())
                .filter(p -> !COMPARISON_CLAUSE.matcher(sentence.substring(ClauseSplitter.spanAt(spans, p.start())[0])).find())
                .findFirst().orElse(null);
    }

}
