package org.stocktake.letters.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A comment an advisor left on a draft, on one block of its body ({@code blockId}) or, when that is null, on the
 * letter as a whole. It stays open until the chair resolves it; a letter with an open comment is not ready to send.
 */
public record LetterComment(
        long id,
        UUID uuid,
        String blockId,
        String quote,
        String body,
        String author,
        OffsetDateTime createdAt,
        String resolvedBy,
        OffsetDateTime resolvedAt) {

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
