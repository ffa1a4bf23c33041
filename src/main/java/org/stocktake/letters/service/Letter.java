package org.stocktake.letters.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.stocktake.letters.document.LetterDocument;

/**
 * A letter of the panel's, draft or issued.
 *
 * @param revision rises with every save: a save made from an older revision is refused rather than lost unseen
 * @param evidenceId once issued, the library's document holding its signed PDF
 * @param replyBy when a reply is due, once issued
 * @param publishedOn when the panel published it, or null while unpublished
 */
public record Letter(
        long id,
        UUID uuid,
        String title,
        String templateName,
        LetterStatus status,
        LetterDocument document,
        int revision,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime issuedAt,
        String issuedBy,
        Long evidenceId,
        LocalDate replyBy,
        LocalDate publishedOn,
        String publishedLink) {

    public boolean isDraft() {
        return status == LetterStatus.DRAFT;
    }

    public boolean isPublished() {
        return publishedOn != null;
    }
}
