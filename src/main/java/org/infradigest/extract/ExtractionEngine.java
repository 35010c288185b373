package org.infradigest.extract;

import java.util.List;

import org.infradigest.domain.Article;
import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Statement;

/**
 * The extraction engine: turns one article into facts, statements, initiatives, operator mentions and licence
 * approvals. Immutable and thread-safe: all patterns are compiled when it is built, and each call keeps its state
 * on the stack, so one instance serves every thread of a batch step.
 */
public final class ExtractionEngine {

    /** Bump when the engine's behaviour changes, so stored articles are extracted again. */
    public static final String ENGINE_VERSION = "1";

    private final Lexicon lexicon;
    private final FurnitureFilter furniture;
    private final SentenceSplitter splitter;
    private final FactExtractor facts;
    private final StatementExtractor statements;
    private final InitiativeExtractor initiatives;
    private final LicenceExtractor licences;
    private final String version;

    public ExtractionEngine(Lexicon lexicon) {
        this.lexicon = lexicon;
        NumberGrammar numbers = new NumberGrammar();
        this.furniture = new FurnitureFilter(lexicon.language().furnitureHeaders());
        this.splitter = new SentenceSplitter(numbers);
        this.facts = new FactExtractor(lexicon, numbers);
        this.statements = new StatementExtractor(lexicon);
        this.initiatives = new InitiativeExtractor(lexicon);
        this.licences = new LicenceExtractor(lexicon);
        this.version = "engine-" + ENGINE_VERSION + "+lexicon-" + lexicon.contentHash().substring(0, 16);
    }

    /** An engine over the lexicon resources on the classpath. */
    public static ExtractionEngine fromClasspath() {
        return new ExtractionEngine(Lexicon.fromClasspath());
    }

    /** Stable for a given engine version and lexicon content; changes when either does. */
    public String version() {
        return version;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public Extraction extract(Article article) {
        if (article == null || article.body() == null || article.body().isBlank()) {
            return Extraction.empty();
        }
        String body = furniture.clean(article.body());
        List<Sentence> sentences = splitter.split(body);
        String source = article.source();
        // Facts and initiatives both read the operators of each sentence: found once.
        List<List<OperatorGazetteer.Mention>> operators = OperatorGazetteer.mentionsBySentence(lexicon.operators(),
                sentences);
        List<Fact> found = facts.extract(sentences, operators, article.title(), body, article.published(), source);
        List<StatementExtractor.Spoken> spoken = statements.spoken(sentences, source);
        List<Statement> said = spoken.stream().map(StatementExtractor.Spoken::statement).toList();
        List<Initiative> done = initiatives.extract(sentences, spoken, operators, source);
        List<OperatorMention> mentions = initiatives.mentions(body, source);
        List<LicenceApproval> approved = licences.extract(found, source);
        return new Extraction(found, said, done, mentions, approved);
    }
}
