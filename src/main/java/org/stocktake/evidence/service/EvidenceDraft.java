package org.stocktake.evidence.service;

import java.time.LocalDate;
import java.util.List;

/** The fields of a document a person edits; saving them confirms every guess. */
public record EvidenceDraft(
        String title,
        LocalDate dated,
        DatePrecision precision,
        EvidenceKind kind,
        List<Party> senders,
        List<Party> recipients,
        String source,
        String reference,
        List<String> tags,
        Long repliesToId,
        LocalDate replyBy) {

    public EvidenceDraft {
        senders = senders == null ? List.of() : List.copyOf(senders);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The draft of an item as it stands. */
    public static EvidenceDraft of(EvidenceItem item) {
        return new EvidenceDraft(
                item.title(),
                item.dated(),
                item.precision(),
                item.kind(),
                item.senders(),
                item.recipients(),
                item.source(),
                item.reference(),
                item.tags(),
                item.repliesToId(),
                item.replyBy());
    }
}
