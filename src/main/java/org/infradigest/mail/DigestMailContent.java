package org.infradigest.mail;

import java.time.LocalDate;
import java.util.List;

/**
 * What the digest mail says besides the attached PDF: the run date, a few headline lines and the run's counts.
 * The caller builds it from the published model, so this package does not depend on how publishing works.
 * Headlines come from article text and are treated as untrusted (escaped in the HTML part).
 *
 * @param runDate   the run's business date
 * @param headlines one line per headline figure, in display order; may be empty
 * @param facts     facts in the digest
 * @param sources   distinct sources the facts come from
 * @param rejects   input rejected by the run
 */
public record DigestMailContent(LocalDate runDate, List<String> headlines, long facts, long sources, long rejects) {

    public DigestMailContent {
        if (runDate == null) {
            throw new IllegalArgumentException("a digest mail needs a run date");
        }
        headlines = headlines == null ? List.of() : headlines.stream().filter(h -> h != null && !h.isBlank())
                .map(String::strip).toList();
    }
}
