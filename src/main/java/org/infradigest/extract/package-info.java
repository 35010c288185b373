/**
 * The extraction engine: plain Java that turns one {@link org.infradigest.domain.Article} into facts,
 * statements, initiatives, operator mentions and licence approvals ({@link org.infradigest.domain.Extraction}).
 *
 * <p>Pipeline, per article: {@link org.infradigest.extract.FurnitureFilter} drops page furniture;
 * {@link org.infradigest.extract.SentenceSplitter} cuts sentences and table rows;
 * {@link org.infradigest.extract.NumberGrammar} finds numbers with their scale;
 * {@link org.infradigest.extract.NotFactFilter} drops growth rates, conversions, money and the like;
 * {@link org.infradigest.extract.MetricBinder} binds each number to a metric of the lexicon;
 * {@link org.infradigest.extract.QualifierDetector}, {@link org.infradigest.extract.FigureAttribution} and
 * {@link org.infradigest.extract.PeriodResolver} add qualifier, region, operator and period.
 * {@link org.infradigest.extract.StatementExtractor}, {@link org.infradigest.extract.InitiativeExtractor} and
 * {@link org.infradigest.extract.LicenceExtractor} read who said and pledged what, and licence approvals.
 *
 * <p>All knowledge is data in {@code src/main/resources/lexicon} (see its README), loaded by
 * {@link org.infradigest.extract.Lexicon}; the gazetteers are public so statistics ingest can reuse them.
 * {@link org.infradigest.extract.ExtractionEngine} is immutable and thread-safe.
 */
package org.infradigest.extract;
