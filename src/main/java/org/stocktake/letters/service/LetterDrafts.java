package org.stocktake.letters.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.letters.persistence.DraftRepository;
import org.stocktake.letters.persistence.LetterRepository;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.TextHygiene;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * What happens around a draft: versions saved on purpose (to compare any two later) and advisors' comments, which the
 * chair resolves. Each is audited in its transaction.
 */
public final class LetterDrafts {

    static final String VERSION_ENTITY = "letter-version";
    static final String COMMENT_ENTITY = "letter-comment";
    private static final int LABEL = 200;
    private static final int COMMENT = 4_000;
    private static final int QUOTE = 1_000;

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final LetterRepository letters = new LetterRepository();
    private final DraftRepository drafts = new DraftRepository();

    public LetterDrafts(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Saves the letter as it stands now as its next version.
     *
     * @return the version's number
     * @throws NotFoundException if the letter was deleted
     */
    public int saveVersion(Letter letter, String label) {
        audit.permit(Action.DRAFT_LETTER);
        String checked = LetterLimits.oneLine(
                label == null || label.isBlank() ? "Saved version" : label, LABEL, "A version's label");
        return database.transaction(tx -> {
            Letter current = existing(tx, letter);
            String content = LetterJson.write(current.document());
            int number = drafts.insertVersion(tx, current.id(), checked, content, actor(), now());
            audit.record(
                    tx,
                    VERSION_ENTITY,
                    current.uuid(),
                    "version " + number,
                    null,
                    new VersionState(number, checked, LetterJson.digest(content)));
            return number;
        });
    }

    public List<LetterVersion> versions(long letterId) {
        return drafts.versions(database.dsl(), letterId);
    }

    /**
     * @throws NotFoundException if the letter has no such version
     */
    public LetterVersion version(long letterId, int number) {
        return versions(letterId).stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("The letter has no version " + number + "."));
    }

    /**
     * Leaves a comment on one block of the draft (or on the whole letter when {@code blockId} is null).
     *
     * @throws ValidationException if the comment is empty, too long, or the letter is issued
     */
    public LetterComment comment(Letter letter, String blockId, String quote, String body) {
        audit.permit(Action.COMMENT);
        if (body == null || body.isBlank()) {
            throw new ValidationException("A comment needs some words.");
        }
        String text = body.strip();
        if (text.length() > COMMENT) {
            throw new ValidationException("A comment has at most " + COMMENT + " characters.");
        }
        String refused = TextHygiene.firstRefused(text, true);
        if (refused != null) {
            throw new ValidationException("The comment holds " + refused + ".");
        }
        String quoted = quote == null || quote.isBlank() ? null : shortened(quote.strip());
        return database.transaction(tx -> {
            Letter current = existing(tx, letter);
            LetterService.requireDraft(current);
            long id = drafts.insertComment(tx, current.id(), blockId, quoted, text, actor(), now());
            LetterComment added = drafts.comment(tx, id).orElseThrow();
            audit.record(tx, COMMENT_ENTITY, added.uuid(), "add", null, added);
            return added;
        });
    }

    /**
     * Marks a comment resolved; resolving one already resolved changes nothing.
     *
     * @throws NotFoundException if there is no such comment
     */
    public LetterComment resolve(long commentId) {
        audit.permit(Action.COMMENT);
        return database.transaction(tx -> {
            LetterComment before = drafts.comment(tx, commentId)
                    .orElseThrow(() -> new NotFoundException("There is no comment " + commentId + "."));
            if (!before.isOpen()) {
                return before;
            }
            drafts.resolveComment(tx, commentId, actor(), now());
            LetterComment after = drafts.comment(tx, commentId).orElseThrow();
            audit.record(tx, COMMENT_ENTITY, after.uuid(), "resolve", before, after);
            return after;
        });
    }

    /** A letter's comments, oldest first, resolved ones too. */
    public List<LetterComment> comments(long letterId) {
        return drafts.comments(database.dsl(), letterId);
    }

    private Letter existing(Transaction tx, Letter letter) {
        return letters.find(tx, letter.id())
                .orElseThrow(() -> new NotFoundException("The letter '" + letter.title() + "' was deleted."));
    }

    private static String shortened(String quote) {
        String line = quote.replaceAll("\\s+", " ");
        return line.length() <= QUOTE ? line : line.substring(0, QUOTE - 1) + "…";
    }

    private String actor() {
        return audit.actor().name();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A version as the audit trail records it. */
    record VersionState(int number, String label, String contentDigest) {}
}
