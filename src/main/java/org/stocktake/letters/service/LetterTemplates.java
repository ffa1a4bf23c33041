package org.stocktake.letters.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.letters.persistence.LetterRepository;
import org.stocktake.letters.persistence.TemplateRepository;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The templates letters start from: the shipped ones (kept in every workspace, read-only: duplicate one to change it)
 * and the users' own, which may be changed, renamed and deleted.
 */
public final class LetterTemplates {

    static final String ENTITY = "letter-template";
    private static final int NAME = 200;
    private static final int DESCRIPTION = 1_000;

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final TemplateRepository repository = new TemplateRepository();
    private final LetterRepository letters = new LetterRepository();

    public LetterTemplates(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** Adds any shipped template the workspace lacks (one made before it shipped); writes nothing otherwise. */
    public void ensureBuiltIns() {
        // Names only: reading the templates themselves would start the JSON reader on every opening of a workspace.
        Set<String> present = repository.names(database.dsl()).stream()
                .map(String::toLowerCase)
                .collect(Collectors.toSet());
        if (BuiltInTemplates.NAMES.stream().allMatch(name -> present.contains(name.toLowerCase()))) {
            return;
        }
        List<BuiltInTemplates.Shipped> missing = BuiltInTemplates.all().stream()
                .filter(t -> !present.contains(t.name().toLowerCase()))
                .toList();
        if (!missing.isEmpty()) {
            database.transact(tx -> missing.forEach(t -> {
                repository.insert(tx, t.name(), t.description(), true, t.content(), now());
                LetterTemplate added = repository.byName(tx, t.name()).orElseThrow();
                audit.record(tx, ENTITY, added.uuid(), "add", null, TemplateState.of(added));
            }));
        }
    }

    /** Shipped templates first, then the users' own, by name. */
    public List<LetterTemplate> templates() {
        return repository.all(database.dsl());
    }

    /**
     * @throws NotFoundException if there is no template of that name (ignoring case)
     */
    public LetterTemplate template(String name) {
        return repository
                .byName(database.dsl(), name)
                .orElseThrow(() -> new NotFoundException("There is no letter template '" + name + "'; there are "
                        + String.join(
                                ", ",
                                templates().stream().map(LetterTemplate::name).toList()) + "."));
    }

    /**
     * Adds a template of the user's own, e.g. made from a letter they wrote.
     *
     * @throws ValidationException if the name is blank, taken or too long
     */
    public LetterTemplate add(String name, String description, TemplateContent content) {
        audit.permit(Action.DRAFT_LETTER);
        String checkedName = oneLine(name, NAME, "A template's name");
        String checkedDescription =
                description == null || description.isBlank() ? "" : oneLine(description, DESCRIPTION, "A description");
        LetterLimits.checked(content.document());
        return database.transaction(tx -> {
            if (repository.byName(tx, checkedName).isPresent()) {
                throw new ValidationException("There is a template called '" + checkedName + "' already.");
            }
            repository.insert(tx, checkedName, checkedDescription, false, content, now());
            LetterTemplate added = repository.byName(tx, checkedName).orElseThrow();
            audit.record(tx, ENTITY, added.uuid(), "add", null, TemplateState.of(added));
            return added;
        });
    }

    /**
     * Makes a template of the user's own from a letter: its letterhead, headings and text as they stand, addressed and
     * signed by the same offices as the template the letter came from (filled anew for each letter's date).
     *
     * @throws ValidationException if the name is blank, taken or too long
     */
    public LetterTemplate fromLetter(Letter letter, String name, String description) {
        audit.permit(Action.DRAFT_LETTER);
        TemplateContent.Office addressee = null;
        List<TemplateContent.Office> signatories = List.of();
        if (letter.templateName() != null) {
            java.util.Optional<LetterTemplate> origin = repository.byName(database.dsl(), letter.templateName());
            if (origin.isPresent()) {
                addressee = origin.get().content().addressee();
                signatories = origin.get().content().signatories();
            }
        }
        return add(name, description, new TemplateContent(letter.document(), addressee, signatories));
    }

    /**
     * @throws NotFoundException if there is no template with that id
     */
    public LetterTemplate template(long id) {
        return repository
                .byId(database.dsl(), id)
                .orElseThrow(() -> new NotFoundException("There is no letter template " + id
                        + "; `stocktake letter templates` lists the templates there are."));
    }

    /**
     * Changes one of the user's own templates: its name, description and content, over the template as {@code seen}
     * (so two windows never overwrite each other unseen). Drafts being made from it follow a new name.
     *
     * @throws ValidationException if the template is built in, or the name is blank, taken or too long
     * @throws StaleEditException if it was changed elsewhere since {@code seen} was read; nothing was saved
     * @throws NotFoundException if it was deleted
     */
    public LetterTemplate update(LetterTemplate seen, String name, String description, TemplateContent content) {
        audit.permit(Action.DRAFT_LETTER);
        requireOwn(seen);
        String checkedName = oneLine(name, NAME, "A template's name");
        String checkedDescription =
                description == null || description.isBlank() ? "" : oneLine(description, DESCRIPTION, "A description");
        LetterLimits.checked(content.document());
        return database.transaction(tx -> {
            LetterTemplate before = current(tx, seen);
            if (!TemplateState.of(before).equals(TemplateState.of(seen))) {
                throw StaleEditException.saying("The template '" + before.name() + "' was changed elsewhere meanwhile;"
                        + " reopen it to see that version (yours is kept in the editor).");
            }
            repository
                    .byName(tx, checkedName)
                    .filter(other -> other.id() != before.id())
                    .ifPresent(other -> {
                        throw new ValidationException("There is a template called '" + other.name() + "' already.");
                    });
            repository.update(tx, before.id(), checkedName, checkedDescription, content, now());
            if (!before.name().equals(checkedName)) {
                letters.followTemplate(tx, before.name(), checkedName);
            }
            LetterTemplate after = repository.byId(tx, before.id()).orElseThrow();
            audit.record(tx, ENTITY, after.uuid(), "update", TemplateState.of(before), TemplateState.of(after));
            return after;
        });
    }

    /**
     * A copy of any template, built-in ones too, as one of the user's own to edit.
     *
     * @throws ValidationException if the name is blank, taken or too long
     */
    public LetterTemplate duplicate(LetterTemplate source, String name) {
        audit.permit(Action.DRAFT_LETTER);
        return add(name, source.description(), source.content());
    }

    /**
     * Deletes one of the user's own templates. Letters made from it, drafts and issued, are untouched.
     *
     * @throws ValidationException if it is built in, or a draft letter is being made from it
     * @throws NotFoundException if it was deleted already
     */
    public void delete(LetterTemplate seen) {
        audit.permit(Action.DRAFT_LETTER);
        requireOwn(seen);
        database.transact(tx -> {
            LetterTemplate before = current(tx, seen);
            List<String> drafts = letters.all(tx).stream()
                    .filter(l -> l.isDraft() && before.name().equalsIgnoreCase(l.templateName()))
                    .map(l -> "'" + l.title() + "'")
                    .toList();
            if (!drafts.isEmpty()) {
                throw new ValidationException("The template '" + before.name() + "' cannot be deleted while "
                        + (drafts.size() == 1 ? "the draft " : drafts.size() + " drafts ")
                        + String.join(", ", drafts.stream().limit(3).toList())
                        + (drafts.size() > 3 ? " and others" : "")
                        + (drafts.size() == 1 ? " is" : " are")
                        + " being made from it; issue or delete "
                        + (drafts.size() == 1 ? "it" : "them") + " first.");
            }
            repository.delete(tx, before.id());
            audit.record(tx, ENTITY, before.uuid(), "delete", TemplateState.of(before), null);
        });
    }

    private LetterTemplate current(Transaction tx, LetterTemplate seen) {
        return repository
                .byId(tx, seen.id())
                .orElseThrow(() -> new NotFoundException("The template '" + seen.name() + "' was deleted elsewhere;"
                        + " duplicate another template to start again."));
    }

    private static void requireOwn(LetterTemplate template) {
        if (template.builtIn()) {
            throw new ValidationException("'" + template.name() + "' is a built-in template and cannot be changed;"
                    + " duplicate it and change the copy.");
        }
    }

    private static String oneLine(String text, int max, String part) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(part + " cannot be empty.");
        }
        return LetterLimits.oneLine(text, max, part);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A template as the audit trail records it. */
    record TemplateState(String name, String description, boolean builtIn, String contentDigest) {
        static TemplateState of(LetterTemplate template) {
            return new TemplateState(
                    template.name(),
                    template.description(),
                    template.builtIn(),
                    LetterJson.digest(LetterJson.write(template.content())));
        }
    }
}
