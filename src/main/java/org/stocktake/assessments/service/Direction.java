package org.stocktake.assessments.service;

/** The direction of travel a panel gives beside a rating. */
public enum Direction {
    IMPROVING("Improving", "↑"),
    STATIC("Static", "→"),
    DECLINING("Declining", "↓");

    private final String label;
    private final String arrow;

    Direction(String label, String arrow) {
        this.label = label;
        this.arrow = arrow;
    }

    public String label() {
        return label;
    }

    public String arrow() {
        return arrow;
    }

    /** The direction a typed key names: I, S or D (or an arrow), or null. */
    public static Direction forKey(String typed) {
        if (typed == null || typed.isEmpty()) {
            return null;
        }
        for (Direction d : values()) {
            if (d.label.regionMatches(true, 0, typed, 0, 1) || d.arrow.equals(typed)) {
                return d;
            }
        }
        return null;
    }
}
