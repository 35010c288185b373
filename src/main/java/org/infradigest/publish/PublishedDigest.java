package org.infradigest.publish;

import java.nio.file.Path;

/**
 * Where a run's digest was written.
 *
 * @param factsCsv facts.csv
 * @param workbook digest.xlsx
 * @param pdf      digest.pdf
 */
public record PublishedDigest(Path factsCsv, Path workbook, Path pdf) {
}
