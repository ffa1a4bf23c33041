package org.stocktake.evidence.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a document in the library is, in the panel's words. Letters are in or out as seen from the panel. */
public enum EvidenceKind {
    LETTER_IN("letter in"),
    LETTER_OUT("letter out"),
    REPORT("report"),
    STOCKTAKE("stocktake"),
    MINUTES("minutes"),
    BUDGET("budget"),
    PRESS_RELEASE("press release"),
    OTHER("other");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isLetter() {
        return this == LETTER_IN || this == LETTER_OUT;
    }

    /** The kind a user typed: its label or its name, in any case, with spaces, hyphens or underscores alike. */
    public static Optional<EvidenceKind> named(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String key = typed.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Arrays.stream(values()).filter(k -> k.label.equals(key)).findFirst();
    }
}
