package org.infradigest.extract;

import org.infradigest.domain.Qualifier;

/**
 * Tells how a figure relates to the number written: "more than 2.64 million" is over, "almost 4.65 million" is
 * nearly, "around 600,000" is about, anything else exact. The cue must end right before the number (articles and
 * "the ... mark" aside), so a "more" earlier in the sentence does not count.
 */
public final class QualifierDetector {


    private final LanguageCues cues;

    public QualifierDetector(LanguageCues cues) {
        this.cues = cues;
    }

    public Qualifier detect(String sentence, NumberToken number) {
        return detect(sentence.substring(Math.max(0, number.start() - 40), number.start()));
    }

    /** "has gone past the" without its trailing articles, so the cue ends the text. */
    private static String withoutTrailingArticles(String text) {
        String t = text.stripTrailing();
        while (true) {
            int space = t.lastIndexOf(' ');
            String last = t.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
            if (space < 0 || !(last.equals("the") || last.equals("a") || last.equals("an"))) {
                return t;
            }
            t = t.substring(0, space).stripTrailing();
        }
    }

    /** The qualifier whose cue ends the given text (the words before a number). */
    public Qualifier detect(String textBefore) {
        String before = withoutTrailingArticles(textBefore);
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
        String before = withoutTrailingArticles(textBefore);
        for (PhraseMatcher m : new PhraseMatcher[] {cues.over(), cues.nearly(), cues.about()}) {
            PhraseMatcher.Hit last = m.last(before);
            if (last != null && last.end() == before.length()) {
                return before.substring(0, last.start()).stripTrailing();
            }
        }
        return before;
    }
}
