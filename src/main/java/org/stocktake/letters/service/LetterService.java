package org.stocktake.letters.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.persistence.LetterRepository;
import org.stocktake.letters.persistence.TemplateRepository;
import org.stocktake.panel.service.Organisation;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.PanelService;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The panel's letters: made from a template and the register, drafted (each save checked against the revision it
 * was made from, so two windows never overwrite each other unseen), and deleted while drafts. Every change is written
 * to the audit trail in its transaction, as made by the trail's actor.
 */
public final class LetterService {

    static final String ENTITY = "letter";

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final PanelService panel;
    private final LetterRepository repository = new LetterRepository();
    private final TemplateRepository templates = new TemplateRepository();

    public LetterService(Database database, Clock clock, AuditTrail audit, PanelService panel) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.panel = panel;
    }

    /** Every letter that stands, most recently changed first. */
    public List<Letter> letters() {
        return repository.all(database.dsl());
    }

    /**
     * @throws NotFoundException if there is no such letter
     */
    public Letter letter(long id) {
        return repository
                .find(database.dsl(), id)
                .orElseThrow(() -> new NotFoundException(
                        "There is no letter " + id + "; `stocktake letter list` shows" + " the letters there are."));
    }

    /**
     * Starts a letter from a template, dated {@code date}, addressed and signed by whoever held the template's offices
     * on that date.
     *
     * @throws NotFoundException if there is no such template
     * @throws ValidationException if the title is blank or too long
     */
    public Letter create(String templateName, String title, LocalDate date) {
        audit.permit(Action.DRAFT_LETTER);
        String checkedTitle = LetterLimits.title(title);
        Filling filling = filling();
        return database.transaction(tx -> {
            LetterTemplate template = templates
                    .byName(tx, templateName)
                    .orElseThrow(() -> new NotFoundException("There is no letter template '" + templateName
                            + "'; there are "
                            + String.join(
                                    ", ",
                                    templates.all(tx).stream()
                                            .map(LetterTemplate::name)
                                            .toList())
                            + "."));
            return insert(tx, checkedTitle, template.name(), filling.filled(template.content(), date));
        });
    }

    /** What a letter made from {@code content} on {@code date} would hold, made nowhere: the template editor's preview. */
    public LetterDocument filled(TemplateContent content, LocalDate date) {
        return filling().filled(content, date);
    }

    /** The offices the register knows (a role in a kind of organisation), for choosing whom a template names. */
    public List<TemplateContent.Office> offices() {
        return panel.appointments().stream()
                .map(a -> new TemplateContent.Office(a.role(), a.organisation().kind(), List.of()))
                .distinct()
                .sorted(java.util.Comparator.comparing((TemplateContent.Office o) -> o.organisation())
                        .thenComparing(TemplateContent.Office::role))
                .toList();
    }

    private Filling filling() {
        return new Filling(
                new OfficeHolders(panel.appointments()),
                named(OrganisationKind.PANEL, "the Panel"),
                named(OrganisationKind.COUNCIL, "the Council"));
    }

    /** The register as it stands, read once: who holds each office and what the panel and council are called. */
    private record Filling(OfficeHolders holders, String panelName, String councilName) {
        LetterDocument filled(TemplateContent content, LocalDate date) {
            LetterDocument document = holders.fill(content.document().withDate(date), content);
            return Placeholders.filled(document, panelName, councilName);
        }
    }

    private String named(OrganisationKind kind, String otherwise) {
        return panel.organisations().stream()
                .filter(o -> o.kind() == kind)
                .map(Organisation::name)
                .findFirst()
                .orElse(otherwise);
    }

    /** Adds a letter as given (the demo's drafts, a letter read from a file). */
    public Letter add(String title, String templateName, LetterDocument document) {
        audit.permit(Action.DRAFT_LETTER);
        String checkedTitle = LetterLimits.title(title);
        return database.transaction(tx -> insert(tx, checkedTitle, templateName, document));
    }

    private Letter insert(Transaction tx, String title, String templateName, LetterDocument document) {
        LetterDocument checked = LetterLimits.checked(document);
        long id = repository.insert(tx, title, templateName, LetterJson.write(checked), actor(), now());
        Letter letter = repository.find(tx, id).orElseThrow();
        audit.record(tx, ENTITY, letter.uuid(), "add", null, LetterState.of(letter));
        return letter;
    }

    /**
     * Saves a draft's title and text over the revision {@code seen} was read at.
     *
     * @throws StaleEditException if the letter was saved elsewhere since; nothing was saved
     * @throws ValidationException if the letter is issued or a part of it cannot be kept
     * @throws NotFoundException if the letter was deleted
     */
    public Letter save(Letter seen, String title, LetterDocument document) {
        audit.permit(Action.DRAFT_LETTER);
        String checkedTitle = LetterLimits.title(title);
        String content = LetterJson.write(LetterLimits.checked(document));
        return database.transaction(tx -> {
            Letter before = current(tx, seen);
            requireDraft(before);
            if (before.revision() != seen.revision()
                    || !repository.saveDraft(tx, before.id(), seen.revision(), checkedTitle, content, now())) {
                throw StaleEditException.saying("The letter '" + before.title() + "' was saved elsewhere meanwhile;"
                        + " reopen it to see that version (yours is kept in the editor).");
            }
            Letter after = repository.find(tx, before.id()).orElseThrow();
            audit.record(tx, ENTITY, after.uuid(), "save", LetterState.of(before), LetterState.of(after));
            return after;
        });
    }

    /**
     * Deletes a draft (kept, hidden, in the workspace).
     *
     * @throws ValidationException if the letter is issued: an issued letter is part of the record
     */
    public void delete(Letter seen) {
        audit.permit(Action.DRAFT_LETTER);
        database.transact(tx -> {
            Letter before = current(tx, seen);
            requireDraft(before);
            repository.delete(tx, before.id(), now());
            audit.record(tx, ENTITY, before.uuid(), "delete", LetterState.of(before), null);
        });
    }

    Letter current(Transaction tx, Letter seen) {
        return repository
                .find(tx, seen.id())
                .orElseThrow(() -> new NotFoundException("The letter '" + seen.title() + "' was deleted."));
    }

    static void requireDraft(Letter letter) {
        if (!letter.isDraft()) {
            throw new ValidationException(
                    "The letter '" + letter.title() + "' is issued and can no longer change; start a new letter.");
        }
    }

    String actor() {
        return audit.actor().name();
    }

    /**
     * Returns when the one acting is among {@code letter}'s named signatories and may sign; otherwise the refusal is
     * recorded and thrown.
     *
     * @throws org.stocktake.shared.NotAllowedException when they may not sign it
     */
    public void permitSigning(Letter letter) {
        audit.permitSigning(letter.document().signatories().stream()
                .map(org.stocktake.letters.document.Signatory::name)
                .toList());
    }

    /** Who acts on the letters: who signs, in the window. */
    public org.stocktake.shared.Actor acting() {
        return audit.actor();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
