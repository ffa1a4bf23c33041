package org.stocktake.assessments.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Evidence an assessment's commentary cites: a document of the library at a page (null for the whole document), and
 * the note there when a note was cited. Kept with the round and the recommendation, as the assessment is. Also the
 * state the audit trail records.
 */
public record Citation(
        long id,
        UUID uuid,
        long roundId,
        long recommendationId,
        long itemId,
        Integer page,
        Long annotationId,
        String citedBy,
        OffsetDateTime citedAt) {}
