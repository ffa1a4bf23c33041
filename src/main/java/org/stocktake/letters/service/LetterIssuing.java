package org.stocktake.letters.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.evidence.service.DatePrecision;
import org.stocktake.evidence.service.EvidenceDraft;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.evidence.service.FiledDocuments;
import org.stocktake.evidence.service.Party;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.persistence.LetterRepository;
import org.stocktake.shared.Action;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;

/**
 * Issuing a letter: once it is ready to send, its signed PDF is filed in the library as a letter out (so it joins the
 * correspondence register with its reply-by date) and the letter becomes read-only; later, when the panel publishes
 * it, the date and link are kept. The PDF is filed first: should the issue itself fail, issuing again finds the same
 * document rather than filing a second.
 */
public final class LetterIssuing {

    private static final int LINK = 2_000;

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final ReadyToSend check;
    private final FiledDocuments filing;
    private final LetterRepository repository = new LetterRepository();

    public LetterIssuing(Database database, Clock clock, AuditTrail audit, ReadyToSend check, FiledDocuments filing) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.check = check;
        this.filing = filing;
    }

    /**
     * Issues the letter with its signed PDF.
     *
     * @throws ValidationException listing every reason the letter is not ready to send; nothing was changed
     * @throws StaleEditException if the letter was saved elsewhere since it was checked
     */
    public Letter issue(Letter seen, byte[] signedPdf, LocalDate replyBy) {
        audit.permit(Action.ISSUE);
        if (replyBy != null && replyBy.isBefore(seen.document().date())) {
            throw new ValidationException("A reply cannot be due before the letter is dated.");
        }
        Readiness readiness = check.check(seen, signedPdf);
        if (!readiness.ready()) {
            throw new ValidationException(readiness.refusals());
        }
        EvidenceItem filed = filing.file(signedPdf, LetterPdf.fileName(seen), fields(seen.document(), replyBy));
        return database.transaction(tx -> {
            Letter before = repository
                    .find(tx, seen.id())
                    .orElseThrow(() -> new ValidationException("The letter '" + seen.title() + "' was deleted."));
            if (before.revision() != seen.revision() || !before.isDraft()) {
                throw StaleEditException.saying(
                        "The letter '" + before.title() + "' changed while it was checked: check" + " it again.");
            }
            repository.issue(tx, before.id(), LetterJson.write(before.document()), filed.id(), actor(), replyBy, now());
            Letter after = repository.find(tx, before.id()).orElseThrow();
            audit.record(
                    tx, LetterService.ENTITY, after.uuid(), "issue", LetterState.of(before), LetterState.of(after));
            audit.checkpoint(tx, "letter '" + after.title() + "' issued");
            return after;
        });
    }

    /**
     * Records that the panel published an issued letter, on a date and (optionally) at a web address.
     *
     * @throws ValidationException if the letter is a draft, or the date or link cannot be kept
     */
    public Letter publish(Letter seen, LocalDate on, String link) {
        audit.permit(Action.ISSUE);
        if (seen.isDraft()) {
            throw new ValidationException("Only an issued letter can be published; issue it first.");
        }
        if (on == null || on.isBefore(seen.document().date())) {
            throw new ValidationException("A letter is published on or after its date.");
        }
        String address = link == null || link.isBlank() ? null : link.strip();
        if (address != null && (address.length() > LINK || !address.matches("(?i)https?://\\S+"))) {
            throw new ValidationException("A link is a web address starting with http:// or https://.");
        }
        return database.transaction(tx -> {
            Letter before = repository.find(tx, seen.id()).orElseThrow();
            repository.publish(tx, before.id(), on, address, now());
            Letter after = repository.find(tx, before.id()).orElseThrow();
            audit.record(
                    tx, LetterService.ENTITY, after.uuid(), "publish", LetterState.of(before), LetterState.of(after));
            return after;
        });
    }

    private static EvidenceDraft fields(LetterDocument letter, LocalDate replyBy) {
        List<Party> from = letter.signatories().stream()
                .map(s -> new Party(s.name(), s.person(), String.join(", ", s.roleLines())))
                .toList();
        List<Party> to = letter.addressee().isEmpty()
                ? List.of()
                : List.of(new Party(
                        letter.addressee().name(),
                        letter.addressee().person(),
                        letter.addressee().office()));
        String title = letter.subject().isBlank() ? "Letter of " + letter.date() : letter.subject();
        return new EvidenceDraft(
                title.length() > 500 ? title.substring(0, 500) : title,
                letter.date(),
                DatePrecision.DAY,
                letter.isPressRelease() ? EvidenceKind.PRESS_RELEASE : EvidenceKind.LETTER_OUT,
                from,
                to,
                "Stocktake",
                letter.reference().isBlank() ? null : letter.reference(),
                List.of(),
                null,
                replyBy);
    }

    private String actor() {
        return audit.actor().name();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
