package org.infradigest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infradigest.domain.Statement;

/**
 * Finds who said what: "X, director of Y, said ...", "..., said X, director of Y", "Y vice president X told ...",
 * "quoted Y deputy general manager X as saying ...", and follow-ups ("..., Lu noted", "He pledged ...") that refer
 * back to the last person named in full. Roles and organisations are only ever taken from the text.
 */
public final class StatementExtractor {

    /** A statement with the index of the sentence it came from and whether its verb commits to an action. */
    record Spoken(int sentence, Statement statement, boolean pledge) {
    }

    private record Person(String name, String role, String organisation) {
    }

    private static final String NAME = "\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2}";
    private static final Pattern OF_ORG = Pattern.compile("^(?<role>.+?)\\s+(?:of|at)\\s+(?:the\\s+)?(?<org>\\p{Lu}.+)$");
    private static final Pattern POSSESSIVE_ORG = Pattern.compile("^(?<org>\\p{Lu}.*?)['’]s\\s+(?<role>.+)$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);
    // Compiled once: String.split and replaceAll compile their expression on every call, for every sentence here.
    private static final Pattern NAME_PARTS = Pattern.compile("[ -]");
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s\\s+");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.,]$");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^[\"“]|[\"”,]+$");

    private final Lexicon lexicon;
    private final PhraseMatcher pledgeVerbs;
    private final Pattern nameRoleVerb;
    private final Pattern saidName;
    private final Pattern orgRoleName;
    private final Pattern quoteThenSpeaker;
    private final Pattern pronounOrSurname;
    private final SpeechVerbSites sites;
    private final PhraseMatcher roleHeads;

    public StatementExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.pledgeVerbs = lexicon.language().pledgeVerbs();
        String verbs = alternation(lexicon.language().speechVerbs());
        String roles = alternation(lexicon.language().roleHeads());
        this.nameRoleVerb = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}])(?<name>" + NAME + "),\\s+(?<role>[^,;]{2,90}?),\\s+(?<verb>"
                + verbs + ")\\b(?:\\s+that\\b)?\\s*(?<text>.*)$");
        this.saidName = Pattern.compile("^(?<text>.+?)(?:,[\"”]|[\"”],|,)\\s+(?<verb>" + verbs + ")\\s+(?<name>" + NAME
                + ")(?:,\\s+(?<role>[^.]+?))?\\.?$");
        this.orgRoleName = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}])(?<org>(?:\\p{Lu}[\\p{L}&'’-]*\\s){1,4})"
                + "(?<role>(?:[a-z-]+\\s){0,3}(?:" + roles + "))\\s+(?<name>" + NAME + ")\\s+(?<verb>" + verbs + "|as saying)\\b\\s*(?<text>.*)$");
        this.quoteThenSpeaker = Pattern.compile("^[\"“](?<text>.+?)[,.]?[\"”]\\s*,?\\s+(?<who>" + NAME
                + "|\\p{Lu}\\p{Ll}+)\\s+(?<verb>" + verbs + ")\\.?$");
        this.pronounOrSurname = Pattern.compile("^(?<who>He|She|\\p{Lu}\\p{Ll}+)\\s+(?<verb>" + verbs
                + ")\\b(?:\\s+that\\b)?\\s+(?<text>.+)$");
        this.sites = new SpeechVerbSites(lexicon.language().speechVerbs(), verbs);
        this.roleHeads = PhraseMatcher.caseSensitive(lexicon.language().roleHeads());
    }

    static String alternation(List<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList());
    }

    public List<Statement> extract(List<Sentence> sentences, String source) {
        return spoken(sentences, source).stream().map(Spoken::statement).toList();
    }

    List<Spoken> spoken(List<Sentence> sentences, String source) {
        List<Spoken> out = new ArrayList<>();
        Map<String, Person> byNamePart = new HashMap<>();
        Person last = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.isTableRow()) {
                continue;
            }
            String text = s.text();
            // Each pattern runs only where its verb can stand: after a comma, after a role and a name, after a
            // quote at the start, or after the first word; and none without a verb after white space.
            SpeechVerbSites.Sites at = sites.of(text);
            if (!at.any()) {
                continue;
            }
            Person person = null;
            String said = null;
            String verb = null;
            Matcher m;
            // The patterns anchored at the start (^) are matched there rather than searched for.
            boolean quoteFirst = text.charAt(0) == '"' || text.charAt(0) == '“';
            if (at.afterComma() && (m = saidName.matcher(text)).lookingAt() && isPersonName(m.group("name"))) {
                person = person(m.group("name"), m.group("role"));
                said = m.group("text");
                verb = m.group("verb");
            } else if (at.afterComma() && (m = nameRoleVerb.matcher(text)).find() && isPersonName(m.group("name"))) {
                person = person(m.group("name"), m.group("role"));
                said = m.group("text");
                verb = m.group("verb");
            } else if (at.afterLowerCase() && roleHeads.containedIn(text) && (m = orgRoleName.matcher(text)).find()
                    && isPersonName(m.group("name"))) {
                person = new Person(m.group("name"), m.group("role").trim(), m.group("org").trim());
                said = afterTold(m.group("verb"), m.group("text"));
                verb = m.group("verb");
            } else if (quoteFirst && (m = quoteThenSpeaker.matcher(text)).lookingAt()) {
                person = known(m.group("who"), byNamePart, last);
                said = m.group("text");
                verb = m.group("verb");
            } else if (at.afterFirstWord() && (m = pronounOrSurname.matcher(text)).lookingAt()) {
                person = known(m.group("who"), byNamePart, last);
                said = m.group("text");
                verb = m.group("verb");
            }
            if (person == null || said == null || said.isBlank()) {
                continue;
            }
            for (String part : NAME_PARTS.split(person.name())) {
                byNamePart.putIfAbsent(part, person);
            }
            last = person;
            out.add(new Spoken(i, new Statement(person.name(), person.role(), person.organisation(), clean(said), source),
                    pledgeVerbs.containedIn(verb)));
        }
        return out;
    }

    private static String afterTold(String verb, String text) {
        if (verb.startsWith("told")) {
            int that = text.indexOf(" that ");
            return that >= 0 ? text.substring(that + 6) : text;
        }
        return text;
    }

    private static Person known(String who, Map<String, Person> byNamePart, Person last) {
        if (who.equals("He") || who.equals("She")) {
            return last;
        }
        if (byNamePart.containsKey(who)) {
            return byNamePart.get(who);
        }
        for (String part : NAME_PARTS.split(who)) {
            if (byNamePart.containsKey(part)) {
                return byNamePart.get(part);
            }
        }
        return null;
    }

    private Person person(String name, String roleText) {
        if (roleText == null) {
            return new Person(name, null, null);
        }
        String r = LEADING_ARTICLE.matcher(roleText.trim()).replaceFirst("");
        Matcher of = OF_ORG.matcher(r);
        if (of.find()) {
            return new Person(name, of.group("role").trim(), organisation(of.group("org")));
        }
        Matcher poss = POSSESSIVE_ORG.matcher(r);
        if (poss.find()) {
            return new Person(name, poss.group("role").trim(), organisation(poss.group("org")));
        }
        return new Person(name, r, null);
    }

    /** "China Mobile's Beijing branch" is written "China Mobile Beijing branch". */
    private static String organisation(String written) {
        return TRAILING_STOP.matcher(POSSESSIVE_S.matcher(written.trim()).replaceAll(" ")).replaceAll("");
    }

    private boolean isPersonName(String name) {
        if (lexicon.operators().resolve(name) != null || !lexicon.operators().find(name).isEmpty()) {
            return false;
        }
        for (String part : NAME_PARTS.split(name)) {
            // Names and aliases as written, not codes: "Lu" is a surname, not Luxembourg's LU.
            if (!lexicon.regions().find(part).isEmpty() || part.equals("The") || part.equals("According")) {
                return false;
            }
        }
        return lexicon.regions().find(name).isEmpty();
    }

    private static String clean(String said) {
        String t = said.trim();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return QUOTE_MARKS.matcher(t).replaceAll("").trim();
    }
}
