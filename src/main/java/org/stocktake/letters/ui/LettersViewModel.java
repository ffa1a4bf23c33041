package org.stocktake.letters.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterComment;
import org.stocktake.letters.service.LetterDrafts;
import org.stocktake.letters.service.LetterService;
import org.stocktake.letters.service.LetterTemplate;
import org.stocktake.letters.service.LetterTemplates;
import org.stocktake.letters.service.LetterVersion;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.task.TaskRunner;

/**
 * The Letters area: the list of letters, the one open in the editor, its comments and versions. The open letter is
 * saved in the background whenever the view asks (it asks shortly after typing stops, and before another letter
 * opens); a save refused because the letter changed elsewhere keeps what was typed in the editor and says so.
 */
public final class LettersViewModel {

    private final LetterService letters;
    private final LetterDrafts drafts;
    private final LetterTemplates templates;
    private final TaskRunner tasks;
    private final ObservableList<Letter> list = FXCollections.observableArrayList();
    private final ObservableList<LetterComment> comments = FXCollections.observableArrayList();
    private final ObservableList<LetterVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<Letter> open = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final LetterEditorModel editor = new LetterEditorModel();
    private final EditHistory history = new EditHistory(editor);

    public LettersViewModel(LetterService letters, LetterDrafts drafts, LetterTemplates templates, TaskRunner tasks) {
        this.letters = letters;
        this.drafts = drafts;
        this.templates = templates;
        this.tasks = tasks;
    }

    /** Reads the letters again, keeping the open one open. */
    public void load() {
        tasks.run("Reading the letters", progress -> letters.letters(), list::setAll, this::failed);
    }

    /** Opens a letter in the editor, saving the one open first. */
    public void open(Letter letter) {
        if (letter == null || (open.get() != null && open.get().id() == letter.id())) {
            return;
        }
        saveNow();
        Letter current = letters.letter(letter.id());
        // The editor holds the letter before anyone hears it is open, so listeners read the letter they were told of.
        editor.load(current.title(), current.document());
        history.reset();
        open.set(current);
        status.set(
                current.isDraft() ? "" : "Issued " + current.issuedAt().toLocalDate() + ": it can no longer change.");
        refreshSide();
    }

    /** Starts a letter from a template and opens it. */
    public void create(LetterTemplate template, String title, LocalDate date) {
        saveNow();
        tasks.run(
                "Starting the letter",
                progress -> letters.create(template.name(), title, date),
                created -> {
                    list.add(0, created);
                    open(created);
                    status.set("Started '" + created.title() + "' from the template " + template.name() + ".");
                },
                this::failed);
    }

    /** Deletes the open draft. */
    public void deleteOpen() {
        Letter letter = open.get();
        if (letter == null) {
            return;
        }
        letters.delete(letter);
        open.set(null);
        list.removeIf(l -> l.id() == letter.id());
        status.set("Deleted the draft '" + letter.title() + "'.");
    }

    /** Saves the open letter now if anything is unsaved; on the calling thread, so nothing typed is lost on close. */
    public void saveNow() {
        Letter letter = open.get();
        if (letter == null || !letter.isDraft() || !editor.dirtyProperty().get()) {
            return;
        }
        try {
            saved(letters.save(letter, editor.title.get(), editor.document()));
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** Saves the open letter in the background if anything is unsaved (the view calls this after typing stops). */
    public void autosave() {
        Letter letter = open.get();
        if (letter == null || !letter.isDraft() || !editor.dirtyProperty().get() || saving.get()) {
            return;
        }
        String title = editor.title.get();
        LetterDocument document;
        try {
            document = editor.document();
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        history.checkpoint();
        saving.set(true);
        tasks.run(
                "Saving the letter",
                progress -> letters.save(letter, title, document),
                after -> {
                    saving.set(false);
                    saved(after);
                },
                error -> {
                    saving.set(false);
                    failed(error);
                });
    }

    private void saved(Letter after) {
        open.set(after);
        editor.saved(after.document());
        list.replaceAll(l -> l.id() == after.id() ? after : l);
        status.set("Saved at " + after.updatedAt().toLocalTime().withNano(0) + ".");
    }

    /** Shows a message in the area's status line. */
    void say(String message) {
        status.set(message);
    }

    /** A letter issued or published elsewhere in the area: shown read-only from now on. */
    void issued(Letter letter) {
        open.set(letter);
        list.replaceAll(l -> l.id() == letter.id() ? letter : l);
    }

    /** Saves the open letter as its next version. */
    public void saveVersion(String label) {
        saveNow();
        Letter letter = open.get();
        if (letter == null) {
            return;
        }
        tasks.run(
                "Saving a version",
                progress -> drafts.saveVersion(letter, label),
                number -> {
                    status.set("Saved version " + number + ".");
                    refreshSide();
                },
                this::failed);
    }

    /** Makes a template of the user's own from the open letter, saved first. */
    public void saveAsTemplate(String name) {
        saveNow();
        Letter letter = open.get();
        if (letter == null) {
            return;
        }
        tasks.run(
                "Saving the template",
                progress -> templates.fromLetter(letter, name, "Made from the letter '" + letter.title() + "'."),
                made -> status.set("Saved the template '" + made.name() + "': New letter offers it."),
                this::failed);
    }

    /** Leaves a comment on a block of the open letter (or the whole letter when {@code blockId} is null). */
    public void comment(String blockId, String text) {
        Letter letter = open.get();
        if (letter == null) {
            return;
        }
        String quote = Optional.ofNullable(blockId)
                .map(editor::indexOf)
                .filter(i -> i >= 0)
                .map(i -> editor.blocks.get(i).textProperty().get())
                .orElse(null);
        tasks.run(
                "Leaving a comment",
                progress -> drafts.comment(letter, blockId, quote, text),
                added -> {
                    comments.add(added);
                    status.set("Comment left.");
                },
                this::failed);
    }

    public void resolve(LetterComment comment) {
        tasks.run(
                "Resolving the comment",
                progress -> drafts.resolve(comment.id()),
                resolved -> {
                    comments.replaceAll(c -> c.id() == resolved.id() ? resolved : c);
                    status.set("Comment resolved.");
                },
                this::failed);
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    private void refreshSide() {
        Letter letter = open.get();
        if (letter == null) {
            comments.clear();
            versions.clear();
            return;
        }
        tasks.run(
                "Reading comments and versions",
                progress -> new Side(drafts.comments(letter.id()), drafts.versions(letter.id())),
                side -> {
                    comments.setAll(side.comments());
                    versions.setAll(side.versions());
                },
                this::failed);
    }

    private record Side(List<LetterComment> comments, List<LetterVersion> versions) {}

    void failed(Throwable error) {
        if (error instanceof StaleEditException) {
            status.set(error.getMessage());
            return;
        }
        status.set(error.getMessage() == null ? "Something went wrong: " + error : error.getMessage());
    }

    /** A fresh model for the Templates window, over the same workspace. */
    TemplatesModel templatesModel() {
        return new TemplatesModel(templates, letters);
    }

    public List<LetterTemplate> templates() {
        return templates.templates();
    }

    public ObservableList<Letter> letters() {
        return list;
    }

    public ObjectProperty<Letter> openProperty() {
        return open;
    }

    public ObservableList<LetterComment> comments() {
        return comments;
    }

    public ObservableList<LetterVersion> versions() {
        return versions;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return editor.dirtyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    LetterEditorModel editor() {
        return editor;
    }

    EditHistory history() {
        return history;
    }
}
