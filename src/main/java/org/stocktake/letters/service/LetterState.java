package org.stocktake.letters.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A letter as the audit trail records it: its text by digest, so that a chair's hundred saves of a long draft do not
 * each copy the whole letter into the trail, while any change to the stored text still shows against it.
 */
public record LetterState(
        UUID uuid,
        String title,
        String templateName,
        LetterStatus status,
        int revision,
        String contentDigest,
        OffsetDateTime issuedAt,
        String issuedBy,
        Long evidenceId,
        LocalDate replyBy,
        LocalDate publishedOn,
        String publishedLink) {

    static LetterState of(Letter letter) {
        return new LetterState(
                letter.uuid(),
                letter.title(),
                letter.templateName(),
                letter.status(),
                letter.revision(),
                LetterJson.digest(LetterJson.write(letter.document())),
                letter.issuedAt(),
                letter.issuedBy(),
                letter.evidenceId(),
                letter.replyBy(),
                letter.publishedOn(),
                letter.publishedLink());
    }
}
