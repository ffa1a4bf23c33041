package org.stocktake.evidence.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.stocktake.evidence.text.FileType;

/**
 * A document in the library: its stored file (by digest, never altered), what it is, when, from and to whom, and
 * which of those fields are still a guess. Also the state the audit trail records for it.
 */
public record EvidenceItem(
        long id,
        UUID uuid,
        String sha256,
        String fileName,
        String mediaType,
        long sizeBytes,
        String title,
        LocalDate dated,
        DatePrecision precision,
        EvidenceKind kind,
        List<Party> senders,
        List<Party> recipients,
        String source,
        String reference,
        List<String> tags,
        Set<String> guessed,
        TextStatus textStatus,
        String textNote,
        int pageCount,
        Long attachedToId,
        Long repliesToId,
        LocalDate replyBy,
        String addedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Field names as {@link #guessed} lists them. */
    public static final String TITLE = "title";

    public static final String DATE = "date";
    public static final String KIND = "kind";
    public static final String SENDERS = "senders";
    public static final String RECIPIENTS = "recipients";
    public static final String REFERENCE = "reference";

    public EvidenceItem {
        senders = List.copyOf(senders);
        recipients = List.copyOf(recipients);
        tags = List.copyOf(tags);
        // Sorted, so that the state the audit trail records is the same JSON every time.
        guessed = Collections.unmodifiableSortedSet(new TreeSet<>(guessed));
    }

    /** The date as far as it is known ("March 2016"), or "" when there is none. */
    public String dateShown() {
        return precision == null ? "" : precision.show(dated);
    }

    /**
     * Whether the stored file is a PDF, whose pages can be drawn and which takes notes of its own. Not named as a
     * getter, so the state the audit trail records stays the record's own fields.
     */
    public boolean pdf() {
        return FileType.PDF.mediaType().equals(mediaType);
    }

    /** Whether the stored file is a picture (PNG, JPEG or TIFF), shown as pages of its own like a PDF. */
    public boolean picture() {
        return FileType.ofMediaType(mediaType).map(FileType::isImage).orElse(false);
    }

    public boolean isGuessed(String field) {
        return guessed.contains(field);
    }

    /** Senders as one line, e.g. "Ian Ward; John Crabtree". */
    public String from() {
        return String.join("; ", senders.stream().map(Party::name).toList());
    }

    public String to() {
        return String.join("; ", recipients.stream().map(Party::name).toList());
    }
}
