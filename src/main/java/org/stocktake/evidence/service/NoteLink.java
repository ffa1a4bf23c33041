package org.stocktake.evidence.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A note that bears on a recommendation. Also the state the audit trail records for the link. */
public record NoteLink(
        long id, UUID uuid, long annotationId, long recommendationId, String createdBy, OffsetDateTime createdAt) {}
