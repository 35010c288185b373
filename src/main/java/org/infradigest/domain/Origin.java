package org.infradigest.domain;

/** Where a fact came from: a news sentence or a statistics row. */
public enum Origin {
    NEWS("news"), STATISTICS("statistics");

    private final String code;

    Origin(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Origin fromCode(String code) {
        for (Origin o : values()) {
            if (o.code.equalsIgnoreCase(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown origin '" + code + "'");
    }
}
