package org.stocktake.letters.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.letters.persistence.TemplateRepository;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;

/** The templates letters start from: the shipped ones (kept in every workspace, editable) and the users' own. */
public final class LetterTemplates {

    static final String ENTITY = "letter-template";
    private static final int NAME = 200;
    private static final int DESCRIPTION = 1_000;

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final TemplateRepository repository = new TemplateRepository();

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

    /** Changes a template's description and content, shipped ones too (a later upgrade never overwrites them). */
    public LetterTemplate update(LetterTemplate seen, String description, TemplateContent content) {
        String checkedDescription =
                description == null || description.isBlank() ? "" : oneLine(description, DESCRIPTION, "A description");
        LetterLimits.checked(content.document());
        return database.transaction(tx -> {
            LetterTemplate before = repository
                    .byName(tx, seen.name())
                    .orElseThrow(() -> new NotFoundException("The template '" + seen.name() + "' is gone."));
            repository.update(tx, before.id(), checkedDescription, content, now());
            LetterTemplate after = repository.byName(tx, seen.name()).orElseThrow();
            audit.record(tx, ENTITY, after.uuid(), "update", TemplateState.of(before), TemplateState.of(after));
            return after;
        });
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
