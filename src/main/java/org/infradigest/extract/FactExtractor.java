package org.infradigest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;

/**
 * Reads the figures of an article, sentence by sentence: finds numbers, drops what is not a figure, binds each
 * to a metric, and gives it its qualifier, region, operator and period. Ranges ("from 61% to 97%") become a
 * minimum and a maximum; a before/after pair with two periods ("from 18% to 28%" between two Septembers) becomes
 * two exact figures; a bracketed share after a count ("7.9 million (27%)") becomes the count's share metric.
 */
public final class FactExtractor {

    private static final Pattern RANGE_BETWEEN = Pattern.compile("(?i)^\\s*(?:%|percent|per cent)?\\s*(?:to|and|-|–)\\s*$");
    private static final Pattern RANGE_START = Pattern.compile("(?i)\\b(?:from|between)\\s+$");

    private final Lexicon lexicon;
    private final NumberGrammar numbers;
    private final ClauseSplitter clauses = new ClauseSplitter();
    private final PeriodResolver periods = new PeriodResolver();
    private final QualifierDetector qualifiers;
    private final NotFactFilter notFacts;
    private final MetricBinder binder;
    private final FigureAttribution attribution;
    private final TableFigureReader tables;
    private final FigurePeriods periodsOf;

    public FactExtractor(Lexicon lexicon, NumberGrammar numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.qualifiers = new QualifierDetector(lexicon.language());
        this.notFacts = new NotFactFilter(lexicon.language(), qualifiers);
        this.binder = new MetricBinder(lexicon.metrics());
        this.attribution = new FigureAttribution(lexicon.regions(), lexicon.operators(), lexicon.language());
        this.tables = new TableFigureReader(lexicon, numbers, binder, attribution, periods);
        this.periodsOf = new FigurePeriods(numbers, periods);
    }

    FigureAttribution attribution() {
        return attribution;
    }

    /** Per-article reading state: what earlier sentences established. */
    private static final class State {
        String inheritedPeriod;
        String inheritedRegion;
        boolean sentenceHadNumbers;
        int sentencesSinceOperator;
        Operator subjectOperator;
        String previousSentence = "";
        String sentenceBeforePrevious = "";
    }

    private record Found(NumberToken number, int[] clause, String near, MetricBinder.Binding binding,
                         PeriodMention periodMention) {
    }

    public List<Fact> extract(List<Sentence> sentences, String title, String body, LocalDate published, String source) {
        return extract(sentences, OperatorGazetteer.mentionsBySentence(lexicon.operators(), sentences), title, body,
                published, source);
    }

    /** As {@link #extract(List, String, String, LocalDate, String)}, with each prose sentence's operators found. */
    List<Fact> extract(List<Sentence> sentences, List<List<OperatorGazetteer.Mention>> operators, String title,
                       String body, LocalDate published, String source) {
        Region articleRegion = attribution.articleRegion(title, body);
        State state = new State();
        List<Fact> facts = new ArrayList<>();
        for (int index = 0; index < sentences.size(); index++) {
            Sentence s = sentences.get(index);
            if (s.isTableRow()) {
                Fact f = tables.read(s, title, body, published, source, articleRegion);
                if (f != null) {
                    facts.add(f);
                }
                continue;
            }
            List<OperatorGazetteer.Mention> ops = operators.get(index);
            List<Fact> found = proseFacts(s.text(), ops, title, body, published, source, articleRegion, state);
            found = periodsOf.datedByFollowUp(found, sentences, index, published);
            facts.addAll(found);
            // The next sentence may share the time of this one's last reported level, never a plan's; a sentence
            // with numbers but no dated level ends the run, a sentence without numbers (a quote) does not.
            if (!found.isEmpty() || state.sentenceHadNumbers) {
                state.inheritedPeriod = null;
                found.stream().filter(f -> f.period() != null && !f.metric().endsWith("_target"))
                        .reduce((a, b) -> b).ifPresent(f -> {
                            state.inheritedPeriod = f.period();
                            state.inheritedRegion = f.region();
                        });
            }
            if (!ops.isEmpty()) {
                state.subjectOperator = ops.get(0).operator();
                state.sentencesSinceOperator = 0;
            } else if (++state.sentencesSinceOperator > 2) {
                state.subjectOperator = null; // "the company" three sentences on may be anyone
            }
            state.sentenceBeforePrevious = state.previousSentence;
            state.previousSentence = s.text();
        }
        return facts;
    }

    private List<Fact> proseFacts(String sentence, List<OperatorGazetteer.Mention> ops, String title, String body,
                                  LocalDate published, String source, Region articleRegion, State state) {
        List<NumberToken> tokens = numbers.find(sentence);
        state.sentenceHadNumbers = !tokens.isEmpty();
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<int[]> spans = clauses.split(sentence);
        List<PeriodMention> periodMentions = null; // found only once a number survives the not-fact filter
        List<List<MetricFamily>> topicMemo = new ArrayList<>();
        java.util.function.Supplier<List<MetricFamily>> topic = () -> {
            if (topicMemo.isEmpty()) {
                topicMemo.add(topic(state));
            }
            return topicMemo.get(0);
        };
        List<String> context = List.of(state.previousSentence, title == null ? "" : title, body);
        List<Found> found = new ArrayList<>();
        MetricBinder.Binding previous = null;
        List<MetricFamily> previousThings = List.of();
        int previousEnd = 0;
        List<String> nears = new ArrayList<>();
        List<int[]> phrases = new ArrayList<>();
        for (NumberToken t : tokens) {
            String near = MetricBinder.nearWindow(sentence, t.end());
            nears.add(near);
            phrases.add(new int[] {t.start(), t.end() + 1 + near.length()});
        }
        for (int i = 0; i < tokens.size(); i++) {
            NumberToken n = tokens.get(i);
            int[] clause = ClauseSplitter.spanAt(spans, n.start());
            String near = nears.get(i);
            List<int[]> siblings = new ArrayList<>(phrases);
            siblings.remove(i);
            boolean aside = NotFactFilter.insideBrackets(sentence, n.start());
            String reason = notFacts.reason(sentence, n, clause[0], near);
            if (reason != null) {
                if (aside || NotFactFilter.isRemark(reason)) {
                    continue; // a bracketed aside or a growth rate remarks on the figure before; look past it
                }
                // A figure that is not a fact still names a thing a parallel figure may refer to.
                previous = null;
                previousThings = binder.thingsOf(new MetricBinder.Figure(sentence, clause, n, near, null, List.of(),
                        context, topic, false, false, List.of(), previousEnd));
                previousEnd = n.end();
                continue;
            }
            if (periodMentions == null) {
                // The dateline's date is when the report was filed, not the time of any figure.
                periodMentions = periods.find(FigureAttribution.DATELINE.matcher(sentence)
                        .replaceFirst(m -> " ".repeat(m.group().length())), published);
            }
            List<PeriodMention> mentions = periodMentions;
            if (mentions.stream().anyMatch(p -> p.start() <= n.start() && n.end() <= p.end())) {
                continue; // "the first seven months"
            }
            PeriodMention period = FigurePeriods.periodFor(sentence, n, clause, spans, tokens, mentions);
            // A deadline in another clause belongs to that clause's figure.
            boolean future = period != null && period.future() && period.start() >= clause[0] && period.end() <= clause[1];
            MetricBinder.Figure figure = new MetricBinder.Figure(sentence, clause, n, near, previous, previousThings,
                    context, topic, future, false, siblings, previousEnd);
            List<MetricFamily> things = binder.thingsOf(figure);
            MetricBinder.Binding b = binder.bind(figure, things);
            found.add(new Found(n, clause, near, b, period));
            if (aside) {
                continue; // "(93.8%)" does not interrupt the figures around it
            }
            previousEnd = Math.min(sentence.length(), n.end() + 1 + near.length()); // past its noun phrase
            previous = b;
            previousThings = things;
            if (b != null && !things.contains(b.family())) {
                previousThings = new ArrayList<>(things);
                previousThings.add(b.family());
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        bindShares(sentence, found);
        return toFacts(sentence, tokens, ops, found, periodMentions, articleRegion, state, source);
    }

    /** A bracketed percentage right after a bound count is that count's share: "7.9 million (27%)". */
    private void bindShares(String sentence, List<Found> found) {
        for (int i = 1; i < found.size(); i++) {
            Found f = found.get(i);
            Found count = found.get(i - 1);
            if (!f.number().percent() || count.binding() == null || count.binding().family().share() == null
                    || !NotFactFilter.insideBrackets(sentence, f.number().start())
                    || !sentence.substring(count.number().end(), f.number().start()).matches("\\s*\\(\\s*")) {
                continue;
            }
            MetricFamily share = lexicon.metrics().family(count.binding().family().share());
            if (share != null) {
                found.set(i, new Found(f.number(), f.clause(), f.near(),
                        new MetricBinder.Binding(share, MetricFamily.Variant.STOCK, false), count.periodMention()));
            }
        }
    }

    private List<Fact> toFacts(String sentence, List<NumberToken> tokens, List<OperatorGazetteer.Mention> ops, List<Found> found,
                               List<PeriodMention> periodMentions,
                               Region articleRegion, State state, String source) {
        if (found.stream().allMatch(f -> f.binding() == null)) {
            return List.of();
        }
        List<RegionGazetteer.Mention> regionMentions = attribution.figureRegions(sentence, ops);
        List<Fact> facts = new ArrayList<>();
        // A sentence about another place does not share the previous sentence's time.
        String inherited = regionMentions.stream().anyMatch(m -> m.region() != null && !m.adjective()
                && !m.region().name().equals(state.inheritedRegion)) ? null : state.inheritedPeriod;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Found next = i + 1 < found.size() ? found.get(i + 1) : null;
            Qualifier qualifier = qualifiers.detect(sentence, f.number());
            String period = f.periodMention() != null ? f.periodMention().period() : null;
            MetricBinder.Binding binding = f.binding();
            if (next != null && isRange(sentence, f.number(), next.number())) {
                MetricBinder.Binding pairBinding = binding != null ? binding : next.binding();
                if (pairBinding == null) {
                    i++;
                    continue;
                }
                String[] beforeAfter = isChange(sentence, f.number()) ? FigurePeriods.beforeAfter(periodMentions) : null;
                if (beforeAfter != null) {
                    facts.add(fact(sentence, tokens, f, pairBinding, Qualifier.EXACT, beforeAfter[0], regionMentions, ops,
                            articleRegion, state, source));
                    facts.add(fact(sentence, tokens, next, pairBinding, Qualifier.EXACT, beforeAfter[1], regionMentions, ops,
                            articleRegion, state, source));
                } else if (isChange(sentence, f.number())) {
                    facts.add(fact(sentence, tokens, next, pairBinding, Qualifier.EXACT, periodOrInherited(next, inherited),
                            regionMentions, ops, articleRegion, state, source));
                } else {
                    facts.add(fact(sentence, tokens, f, pairBinding, Qualifier.RANGE_MIN, periodOrInherited(f, inherited),
                            regionMentions, ops, articleRegion, state, source));
                    facts.add(fact(sentence, tokens, next, pairBinding, Qualifier.RANGE_MAX, periodOrInherited(next, inherited),
                            regionMentions, ops, articleRegion, state, source));
                }
                i++;
                continue;
            }
            if (binding == null) {
                continue;
            }
            facts.add(fact(sentence, tokens, f, binding, qualifier, period == null && f.periodMention() == null
                    ? inherited : period, regionMentions, ops, articleRegion, state, source));
        }
        return facts;
    }

    private static String periodOrInherited(Found f, String inherited) {
        return f.periodMention() != null ? f.periodMention().period() : inherited;
    }

    private Fact fact(String sentence, List<NumberToken> tokens, Found f, MetricBinder.Binding binding, Qualifier qualifier, String period,
                      List<RegionGazetteer.Mention> regionMentions, List<OperatorGazetteer.Mention> ops,
                      Region articleRegion, State state, String source) {
        int nearEnd = f.number().end() + f.near().length() + 2;
        int previousEnd = f.clause()[0];
        int nextStart = f.clause()[1];
        for (NumberToken t : tokens) {
            if (NotFactFilter.insideBrackets(sentence, t.start())) {
                continue;
            }
            if (t.end() <= f.number().start() && t.start() >= f.clause()[0]) {
                previousEnd = t.end();
            }
            if (t.start() >= f.number().end() && t.start() < nextStart) {
                nextStart = t.start();
            }
        }
        Region region = attribution.regionFor(regionMentions, f.clause(), previousEnd, f.number().start(),
                f.number().end(), nextStart, nearEnd, articleRegion);
        Operator operator = attribution.operatorFor(sentence, ops, f.clause(), f.number().start(), state.subjectOperator);
        if (region == articleRegion) {
            region = attribution.operatorHome(operator, region);
        }
        MetricFamily family = binding.family();
        String unit = family.isCurrency() ? f.number().currency() : family.unit();
        boolean level = binding.variant() == MetricFamily.Variant.STOCK || binding.variant() == MetricFamily.Variant.TARGET;
        if (level && !family.isCurrency() && period != null && period.contains("/")) {
            // A level reached "in the first half" is the level at the end of the half.
            period = period.substring(period.indexOf('/') + 1);
        }
        return new Fact(binding.metricKey(), f.number().value(), unit, region == null ? null : region.name(),
                operator == null ? null : operator.name(), period, qualifier, Origin.NEWS, source, sentence);
    }

    private boolean isRange(String sentence, NumberToken a, NumberToken b) {
        String before = qualifiers.withoutCue(sentence.substring(0, a.start()));
        return RANGE_BETWEEN.matcher(sentence.substring(a.end(), b.start())).find()
                && RANGE_START.matcher(before + " ").find() && a.percent() == b.percent();
    }

    private boolean isChange(String sentence, NumberToken a) {
        String before = sentence.substring(0, a.start()).replaceAll("(?i)\\s*(?:from|between)\\s*$", "");
        return lexicon.language().changeVerbs().containedIn(NotFactFilter.lastWords(before, 3));
    }

    /** Families whose things the previous two sentences named: the topic an elliptic figure refers to. */
    private List<MetricFamily> topic(State state) {
        List<MetricFamily> families = new ArrayList<>();
        for (String text : List.of(state.previousSentence, state.sentenceBeforePrevious)) {
            for (MetricFamily f : lexicon.metrics().families()) {
                if (f.things().containedIn(text) && !families.contains(f)) {
                    families.add(f);
                }
            }
            if (!families.isEmpty()) {
                break;
            }
        }
        return families;
    }
}
