/**
 * The ingestStats engine: statistics tables in, the same {@link org.infradigest.domain.Fact}s out.
 *
 * <p>{@link org.infradigest.stats.StatsFileReader} reads one file (CSV, other delimited text, or the first
 * sheet of an XLSX workbook) and streams {@link org.infradigest.stats.StatFact}s and
 * {@link org.infradigest.domain.Reject}s to the caller. Layouts are recognised by their header: World
 * Bank / DataBank wide exports, Our World in Data grapher CSVs, OpenCelliD cell exports (counted), tidy
 * tables; anything else is read through a {@link org.infradigest.stats.SourceProfile} (YAML, see
 * {@code stats/PROFILE.md}). Indicator codes and titles map to metrics through
 * {@code lexicon/indicators.yml}, network codes to countries and operators through
 * {@code lexicon/mobile_networks.yml}; region and operator names go through resolvers the caller passes
 * in, because the gazetteers live elsewhere.
 *
 * <p>Plain Java: no Spring, no database, no files opened except the one asked for and its profile.
 */
package org.infradigest.stats;
