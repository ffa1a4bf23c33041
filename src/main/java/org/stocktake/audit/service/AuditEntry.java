package org.stocktake.audit.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One appended change: who did what to which row, with its state before and after (JSON; null when absent). */
public record AuditEntry(
        long seq,
        OffsetDateTime recordedAt,
        String actor,
        String entity,
        UUID entityUuid,
        String action,
        String before,
        String after,
        String prevHash,
        String hash) {}
