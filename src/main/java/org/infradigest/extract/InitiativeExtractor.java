package org.infradigest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infradigest.domain.Initiative;
import org.infradigest.domain.OperatorMention;

/**
 * Finds what operators are doing or pledge to do: "China Mobile's Beijing branch is upgrading ...",
 * "China Tower's Beijing branch has built ...", "The company will enhance ..." after one of its executives spoke,
 * and pledges made by an operator's executive. Also lists each operator and regional unit an article names.
 */
public final class InitiativeExtractor {

    private record Unit(Operator operator, Region region, String unit) {
    }

    private static final Pattern REFERENCE_SUBJECT = Pattern.compile(
            "^(?:The company|The operator|The carrier|The firm|The group|It|the company|the operator|it)\\s+"
                    + "(?:will|is|plans to|aims to|intends to)\\s+(?<action>.+?)\\.?$");

    private final Lexicon lexicon;
    private final StatementExtractor statements;
    private final Pattern unitSubject;
    private final Pattern operatorSubject;
    private final Pattern unitAfterOperator;

    public InitiativeExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.statements = new StatementExtractor(lexicon);
        List<String> names = new ArrayList<>();
        for (Operator o : lexicon.operators().all()) {
            names.add(o.name());
            names.addAll(o.aliases());
        }
        String ops = String.join("|", names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList());
        String units = String.join("|", lexicon.language().unitWords());
        String place = "\\p{Lu}[\\p{L}'’]*(?:\\s\\p{Lu}[\\p{L}'’]*){0,2}";
        this.unitSubject = Pattern.compile("(?:^|,\\s+)(?<op>" + ops + ")['’]s\\s+(?<place>" + place + ")\\s+(?<unit>"
                + units + ")\\s+(?<aux>is|are|has|have|will)\\s+(?<action>.+?)\\.?$");
        this.operatorSubject = Pattern.compile("(?:^|,\\s+)(?<op>" + ops + ")\\s+(?:is|are|will)\\s+"
                + "(?<action>(?:\\p{Ll}+ing|build|deploy|launch|expand|invest|roll out|upgrade|accelerate)\\b.+?)\\.?$");
        this.unitAfterOperator = Pattern.compile("^['’]s\\s+(?<place>" + place + ")\\s+(?<unit>" + units + ")\\b");
    }

    /** Initiatives of the sentences, given the statements already found in them. */
    public List<Initiative> extract(List<Sentence> sentences, String source) {
        return extract(sentences, statements.spoken(sentences, source),
                OperatorGazetteer.mentionsBySentence(lexicon.operators(), sentences), source);
    }

    /**
     * As {@link #extract(List, String)}, given the statements already found in the sentences and the operators each
     * prose sentence names.
     */
    List<Initiative> extract(List<Sentence> sentences, List<StatementExtractor.Spoken> spoken,
                             List<List<OperatorGazetteer.Mention>> operators, String source) {
        List<Initiative> out = new ArrayList<>();
        StatementExtractor.Spoken[] spokenIn = new StatementExtractor.Spoken[sentences.size()];
        for (StatementExtractor.Spoken s : spoken) {
            if (spokenIn[s.sentence()] == null) {
                spokenIn[s.sentence()] = s; // the first statement of the sentence, as a search of the list finds
            }
        }
        Unit context = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.isTableRow()) {
                continue;
            }
            String text = s.text();
            Unit sentenceUnit = null;
            // The operator patterns are costly; only sentences naming an operator can match them.
            // Both also need an auxiliary ("is", "will", ...) between spaces; the unit pattern a possessive too.
            boolean namesOperator = !operators.get(i).isEmpty();
            boolean auxiliary = namesOperator && hasAuxiliary(text);
            // Each matcher is made only when its test is reached: most sentences need none of them.
            Matcher m = auxiliary && hasPossessive(text) ? unitSubject.matcher(text) : null;
            Matcher o = auxiliary ? operatorSubject.matcher(text) : null;
            Matcher r;
            StatementExtractor.Spoken statement = spokenIn[i];
            if (m != null && m.find()) {
                Unit unit = unit(m.group("op"), m.group("place"), m.group("unit"));
                String aux = m.group("aux");
                String action = aux.startsWith("ha") ? aux + " " + m.group("action") : m.group("action");
                out.add(new Initiative(unit.operator().name(), name(unit.region()), action, source, text));
                sentenceUnit = unit;
            } else if (o != null && o.find()) {
                Operator op = lexicon.operators().resolve(o.group("op"));
                out.add(new Initiative(op.name(), null, o.group("action"), source, text));
                sentenceUnit = new Unit(op, null, null);
            } else if (context != null && (r = REFERENCE_SUBJECT.matcher(text)).lookingAt()) { // anchored at the start
                out.add(new Initiative(context.operator().name(), name(context.region()), r.group("action"), source, text));
                sentenceUnit = context;
            } else if (statement != null) {
                Unit speakerUnit = unitOf(statement.statement().organisation());
                if (speakerUnit != null) {
                    Matcher inner = REFERENCE_SUBJECT.matcher(statement.statement().text());
                    if (inner.find()) {
                        out.add(new Initiative(speakerUnit.operator().name(), name(speakerUnit.region()),
                                inner.group("action"), source, text));
                    } else if (statement.pledge()) {
                        out.add(new Initiative(speakerUnit.operator().name(), name(speakerUnit.region()),
                                statement.statement().text(), source, text));
                    }
                }
                sentenceUnit = speakerUnit;
            }
            context = sentenceUnit;
        }
        return out;
    }

    /** Each operator, or regional unit of an operator, the text names; one entry per operator and region. */
    public List<OperatorMention> mentions(String body, String source) {
        Map<String, OperatorMention> unique = new LinkedHashMap<>();
        for (OperatorGazetteer.Mention m : lexicon.operators().find(body)) {
            // Anchored at the end of the mention: read in place rather than on a copy of the rest of the body.
            Matcher u = unitAfterOperator.matcher(body).region(m.end(), body.length());
            Region region = u.lookingAt() ? lexicon.regions().resolve(u.group("place")) : null;
            String unit = region != null ? u.group("place") + " " + u.group("unit") : null;
            String key = m.operator().name() + "|" + (region == null ? "" : region.name());
            unique.putIfAbsent(key, new OperatorMention(m.operator().name(), name(region), unit, source));
        }
        return List.copyOf(unique.values());
    }

    /** "is", "are", "has", "have" or "will" between white-space characters. */
    private static boolean hasAuxiliary(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (RegexChars.isSpace(text.charAt(i - 1))) {
                for (String aux : AUXILIARIES) {
                    int end = i + aux.length();
                    if (end < text.length() && text.startsWith(aux, i) && RegexChars.isSpace(text.charAt(end))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final String[] AUXILIARIES = {"is", "are", "has", "have", "will"};

    private static boolean hasPossessive(String text) {
        return text.contains("'s") || text.contains("’s");
    }

    private Unit unit(String operatorText, String place, String unitWord) {
        Operator op = lexicon.operators().resolve(operatorText);
        Region region = lexicon.regions().resolve(place);
        return new Unit(op, region, region == null ? null : place + " " + unitWord);
    }

    /** The operator unit an organisation names ("China Mobile Beijing branch"), or null for non-operators. */
    private Unit unitOf(String organisation) {
        if (organisation == null) {
            return null;
        }
        List<OperatorGazetteer.Mention> ops = lexicon.operators().find(organisation);
        if (ops.isEmpty()) {
            return null;
        }
        OperatorGazetteer.Mention op = ops.get(0);
        Region region = lexicon.regions().find(organisation).stream()
                .filter(r -> r.region() != null && (r.start() >= op.end() || r.end() <= op.start()))
                .map(RegionGazetteer.Mention::region).findFirst().orElse(null);
        return new Unit(op.operator(), region, null);
    }

    private static String name(Region region) {
        return region == null ? null : region.name();
    }
}
