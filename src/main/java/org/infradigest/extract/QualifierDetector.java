package org.infradigest.extract;

import java.util.regex.Pattern;

import org.infradigest.domain.Qualifier;

/**
 * Tells how a figure relates to the number written: "more than 2.64 million" is over, "almost 4.65 million" is
 * nearly, "around 600,000" is about, anything else exact. The cue must end right before the number (articles and
 * "the ... mark" aside), so a "more" earlier in the sentence does not count.
 */
public final class QualifierDetector {

    private static final Pattern TRAILING_ARTICLE = Pattern.compile("(?i)(?:\\s+(?:the|a|an))+\\s*$");

    private final LanguageCues cues;

    public QualifierDetector(LanguageCues cues) {
        this.cues = cues;
    }

    public Qualifier detect(String sentence, NumberToken number) {
        return detect(sentence.substring(Math.max(0, number.start() - 40), number.start()));
    }

    /** The qualifier whose cue ends the given text (the words before a number). */
    public Qualifier detect(String textBefore) {
        String before = TRAILING_ARTICLE.matcher(" " + textBefore).replaceAll("").stripTrailing();
        if (cues.over().endsWith(before)) {
            return Qualifier.OVER;
        }
        if (cues.nearly().endsWith(before)) {
            return Qualifier.NEARLY;
        }
        if (cues.about().endsWith(before)) {
            return Qualifier.ABOUT;
        }
        return Qualifier.EXACT;
    }

    /** The words before a number without the qualifier cue that ends them ("grown by more than" gives "grown by"). */
    String withoutCue(String textBefore) {
        String before = TRAILING_ARTICLE.matcher(" " + textBefore).replaceAll("").stripTrailing();
        for (PhraseMatcher m : new PhraseMatcher[] {cues.over(), cues.nearly(), cues.about()}) {
            PhraseMatcher.Hit last = m.last(before);
            if (last != null && last.end() == before.length()) {
                return before.substring(0, last.start()).stripTrailing();
            }
        }
        return before;
    }
}
