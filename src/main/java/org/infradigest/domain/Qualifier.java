package org.infradigest.domain;

/** How a figure relates to the stated number ("over 2.64 million", "nearly 16,000", "from 61% to 97%"). */
public enum Qualifier {
    EXACT(""), OVER("over"), NEARLY("nearly"), ABOUT("about"), RANGE_MIN("range_min"), RANGE_MAX("range_max");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    /** The facts.csv spelling: empty for exact figures. */
    public String code() {
        return code;
    }

    public static Qualifier fromCode(String code) {
        if (code == null || code.isBlank()) {
            return EXACT;
        }
        for (Qualifier q : values()) {
            if (q.code.equalsIgnoreCase(code.trim())) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier '" + code + "'");
    }
}
