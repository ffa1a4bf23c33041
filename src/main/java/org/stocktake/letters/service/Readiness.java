package org.stocktake.letters.service;

import java.util.List;

/** Whether a letter may go: each reason it may not, in words that say what to do; none when it is ready. */
public record Readiness(List<String> refusals) {
    public Readiness {
        refusals = List.copyOf(refusals);
    }

    public boolean ready() {
        return refusals.isEmpty();
    }
}
