package org.infradigest.extract;

import java.util.SplittableRandom;

/** Random texts for the tests that hold a hand-written scan against the expression it replaces. */
final class RandomTexts {

    private RandomTexts() {
    }

    /** Fewer than {@code maxPieces} pieces, each drawn from {@code pieces}. */
    static String of(SplittableRandom random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(maxPieces); k > 0; k--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
