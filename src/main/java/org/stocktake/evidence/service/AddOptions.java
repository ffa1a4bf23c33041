package org.stocktake.evidence.service;

import java.util.List;

/** How files are added: a kind that overrides the guess (or null), and the recommendations to link each one to. */
public record AddOptions(EvidenceKind kind, List<Long> recommendationIds) {

    public static final AddOptions NONE = new AddOptions(null, List.of());

    public AddOptions {
        recommendationIds = List.copyOf(recommendationIds);
    }
}
