package org.stocktake.evidence.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document seems to be, read from its text, for a person to confirm or correct. {@code date} is null when no
 * date was found, and then so is {@code precision}; a date known to the month is the first of that month.
 */
public record DocumentGuess(
        String title,
        LocalDate date,
        DatePrecision precision,
        EvidenceKind kind,
        List<Correspondent> senders,
        List<Correspondent> recipients,
        String reference) {

    public DocumentGuess {
        senders = senders == null ? List.of() : List.copyOf(senders);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
