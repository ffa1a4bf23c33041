package org.stocktake.letters.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.letters.service.LetterPdf;
import org.stocktake.letters.service.LetterService;
import org.stocktake.letters.service.LetterTemplate;
import org.stocktake.letters.service.LetterTemplates;
import org.stocktake.letters.service.TemplateContent;
import org.stocktake.letters.typeset.TypesetLetter;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;

/**
 * The Templates dialog: the templates there are and the one open, its parts held by the letter editor's own model, its
 * addressee's and signatories' offices. Built-in templates are shown read-only. A save goes over the template as it
 * was opened, so a change made in another window is never overwritten unseen; a refused save keeps what was typed.
 */
public final class TemplatesModel {

    /** The addressee chosen when the writer of each letter fills it in. */
    static final TemplateContent.Office LEFT_TO_THE_WRITER = new TemplateContent.Office(null, null, List.of());

    final LetterEditorModel parts = new LetterEditorModel();
    final EditHistory history = new EditHistory(parts);
    final StringProperty description = new SimpleStringProperty("");
    final ObjectProperty<TemplateContent.Office> addressee = new SimpleObjectProperty<>(LEFT_TO_THE_WRITER);
    final ObservableList<EditableOffice> signatories =
            FXCollections.observableArrayList(o -> new Observable[] {o.officeProperty(), o.linesProperty()});

    private final LetterTemplates templates;
    private final LetterService letters;
    private final ObservableList<LetterTemplate> list = FXCollections.observableArrayList();
    private final ObservableList<TemplateContent.Office> offices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LetterTemplate> open = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding dirty = Bindings.createBooleanBinding(
            () -> open.get() != null && (parts.dirtyProperty().get() || !asOpened()),
            open,
            parts.dirtyProperty(),
            description,
            addressee,
            signatories);

    public TemplatesModel(LetterTemplates templates, LetterService letters) {
        this.templates = templates;
        this.letters = letters;
    }

    /** Reads the templates and the register's offices again. */
    void load() {
        list.setAll(templates.templates());
        offices.setAll(letters.offices());
    }

    /** Shows {@code template} as saved, or nothing when null; what was unsaved is dropped, so ask first. */
    void open(LetterTemplate template) {
        if (template != null) {
            TemplateContent content = template.content();
            parts.load(template.name(), content.document());
            description.set(template.description());
            addressee.set(content.addressee() == null ? LEFT_TO_THE_WRITER : content.addressee());
            signatories.setAll(
                    content.signatories().stream().map(EditableOffice::new).toList());
        }
        // Told last, so whoever listens reads the template's fields, not the last one's.
        open.set(template);
        history.reset();
        status.set(
                template != null && template.builtIn()
                        ? "Built in, so read-only: Duplicate makes a copy to change."
                        : "");
    }

    /** The template as the editor holds it now. */
    TemplateContent content() {
        return new TemplateContent(parts.document(), addresseeOffice(), signingOffices());
    }

    private TemplateContent.Office addresseeOffice() {
        return addressee.get() == null || LEFT_TO_THE_WRITER.equals(addressee.get())
                ? null
                : addressee.get().bare();
    }

    private List<TemplateContent.Office> signingOffices() {
        return signatories.stream().map(EditableOffice::toOffice).toList();
    }

    /** Whether the fields beside the parts (description, offices) are as the open template has them. */
    private boolean asOpened() {
        LetterTemplate seen = open.get();
        return seen.description().equals(description.get())
                && java.util.Objects.equals(seen.content().addressee(), addresseeOffice())
                && seen.content().signatories().equals(signingOffices());
    }

    /** Saves the open template if anything is unsaved; returns whether nothing unsaved is left. */
    boolean save() {
        LetterTemplate seen = open.get();
        if (seen == null || seen.builtIn() || !dirty.get()) {
            return true;
        }
        try {
            LetterTemplate after = templates.update(seen, parts.title.get(), description.get(), content());
            list.replaceAll(t -> t.id() == after.id() ? after : t);
            open(after);
            status.set("Saved the template '" + after.name() + "'.");
            return true;
        } catch (NotFoundException e) {
            status.set("The template '" + seen.name() + "' was deleted elsewhere: Duplicate keeps what you typed as a"
                    + " new template.");
        } catch (ValidationException | StaleEditException e) {
            status.set(e.getMessage());
        }
        return false;
    }

    /** Makes a template of one's own from the open one as the editor holds it, and opens it; false if refused. */
    boolean duplicate(String name) {
        try {
            LetterTemplate copy = templates.add(name, description.get(), content());
            load();
            open(copy);
            status.set("Made the template '" + copy.name() + "': change it and save.");
            return true;
        } catch (ValidationException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    /** Deletes the open template; false, saying why, if it may not go (built in, or a draft is made from it). */
    boolean delete() {
        LetterTemplate gone = open.get();
        if (gone == null) {
            return false;
        }
        String said = "Deleted the template '" + gone.name() + "'; letters made from it are as they were.";
        try {
            templates.delete(gone);
        } catch (ValidationException e) {
            status.set(e.getMessage());
            return false;
        } catch (NotFoundException e) {
            said = "The template '" + gone.name() + "' was already deleted elsewhere.";
        }
        list.removeIf(t -> t.id() == gone.id());
        open(null);
        status.set(said);
        return true;
    }

    /** The open template filled from the register for {@code date}, typeset away from the window's thread. */
    Supplier<TypesetLetter> preview(LetterPdf pdfs, LocalDate date) {
        if (open.get() == null) {
            return null;
        }
        String name = parts.title.get();
        TemplateContent content = content();
        return () -> pdfs.template(name, letters.filled(content, date));
    }

    /** Whether someone in the register has held {@code office}; a template may name one nobody holds any more. */
    boolean known(TemplateContent.Office office) {
        return LEFT_TO_THE_WRITER.equals(office) || offices.contains(office.bare());
    }

    void say(String message) {
        status.set(message);
    }

    ObservableList<LetterTemplate> templates() {
        return list;
    }

    ObservableList<TemplateContent.Office> offices() {
        return offices;
    }

    ReadOnlyObjectProperty<LetterTemplate> openProperty() {
        return open.getReadOnlyProperty();
    }

    BooleanBinding dirtyProperty() {
        return dirty;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
