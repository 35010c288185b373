package org.infradigest.store;

/**
 * One object for each of the texts that millions of facts repeat (metric, unit, region, operator, period): the key
 * order compares them by reference before comparing characters. A slot per hash, taken over by the next text that
 * comes for it, so it stays bounded whatever the texts; a miss only costs a comparison. Threads may share it: a
 * slot holds an immutable String or nothing.
 */
final class SharedTexts {

    /** A power of two, roomy for the few hundred key texts of a night. */
    private static final int SLOTS = 16_384;

    private final String[] slots = new String[SLOTS];

    /** The text as handed out before, if its slot still holds it; else the text itself, from now on. */
    String share(String text) {
        if (text == null) {
            return null;
        }
        int slot = text.hashCode() & (SLOTS - 1);
        String known = slots[slot];
        if (text.equals(known)) {
            return known;
        }
        slots[slot] = text;
        return text;
    }
}
