package org.stocktake.evidence.service;

import java.util.List;
import java.util.Set;

/** A document ready to enter the library: stored, read and guessed, waiting for its transaction. */
public record NewEvidence(
        String sha256,
        long sizeBytes,
        String mediaType,
        String fileName,
        EvidenceDraft fields,
        Set<String> guessed,
        TextStatus textStatus,
        String textNote,
        List<String> pages,
        Long attachedToId) {

    public NewEvidence {
        guessed = Set.copyOf(guessed);
        pages = List.copyOf(pages);
    }
}
