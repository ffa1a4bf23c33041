package org.stocktake.evidence.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A highlighted passage of a document with a note: where it was made (page, offset), the passage quoted with some
 * text either side so it can be found again, who wrote it and when. Also the state the audit trail records.
 */
public record Annotation(
        long id,
        UUID uuid,
        long itemId,
        int page,
        int start,
        String quote,
        String prefix,
        String suffix,
        String note,
        String author,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
