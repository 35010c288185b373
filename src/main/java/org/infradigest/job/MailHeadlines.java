package org.infradigest.job;

import java.util.List;

import org.infradigest.mail.DigestMailContent;
import org.infradigest.publish.DigestModel;
import org.infradigest.publish.KeyFigureSelection;

/** The mail body's headline figures: the same key figures the PDF leads with. */
final class MailHeadlines {

    private static final int HEADLINES = 5;

    private MailHeadlines() {
    }

    static DigestMailContent of(DigestModel model) {
        List<String> headlines = KeyFigureSelection.standard().select(model, HEADLINES).stream()
                .map(f -> f.metric().label() + ": " + f.display() + " " + f.unitLabel()
                        + " (" + f.region() + (f.period() == null ? "" : ", " + f.period()) + ")")
                .toList();
        return new DigestMailContent(model.runDate(), headlines, model.totals().facts(), model.totals().sources(),
                model.totals().rejects());
    }
}
