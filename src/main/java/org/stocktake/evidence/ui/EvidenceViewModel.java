package org.stocktake.evidence.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.stocktake.evidence.search.Highlight;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.AddSummary;
import org.stocktake.evidence.service.Anchored;
import org.stocktake.evidence.service.Annotations;
import org.stocktake.evidence.service.AwaitingText;
import org.stocktake.evidence.service.EvidenceDraft;
import org.stocktake.evidence.service.EvidenceExport;
import org.stocktake.evidence.service.EvidenceImporter;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.evidence.service.EvidenceSearch;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.shared.task.TaskRunner;

/**
 * The state of the evidence library screen: the documents (filtered by kind), a search and its results (kept by
 * {@link LibrarySearch}), the document
 * open and the page to show. Work on the workspace runs through the task runner, off the FX thread.
 */
public final class EvidenceViewModel {

    private static final Logger LOG = Logger.getLogger(EvidenceViewModel.class.getName());

    private final EvidenceService evidence;
    private final java.util.function.Supplier<EvidenceImporter> importer;
    private final TaskRunner tasks;
    private final AwaitingText awaiting;
    private final Annotations annotationService;
    private final EvidenceExport export;
    private final ObservableList<Anchored> annotations = FXCollections.observableArrayList();
    private final ObservableList<Long> links = FXCollections.observableArrayList();

    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final FilteredList<EvidenceItem> shown = new FilteredList<>(items);
    private final ObjectProperty<EvidenceKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<EvidenceItem> open = new SimpleObjectProperty<>();
    private final ObservableList<String> pages = FXCollections.observableArrayList();
    private final IntegerProperty page = new SimpleIntegerProperty(1);
    private final ObservableList<String> marked = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(false);
    private final LibrarySearch librarySearch;

    public EvidenceViewModel(
            EvidenceService evidence,
            java.util.function.Supplier<EvidenceSearch> search,
            java.util.function.Supplier<EvidenceImporter> importer,
            AwaitingText awaiting,
            Annotations annotations,
            EvidenceExport export,
            TaskRunner tasks) {
        this.export = export;
        this.evidence = evidence;
        this.awaiting = awaiting;
        this.annotationService = annotations;
        this.importer = importer;
        this.tasks = tasks;
        kind.addListener((obs, old, now) -> shown.setPredicate(item -> now == null || item.kind() == now));
        this.librarySearch = new LibrarySearch(evidence, search, tasks, kind, items, message);
    }

    /** Reads the documents again, keeping the open one open. */
    public void load() {
        load(null);
    }

    /** Reads the documents again, then shows {@code said} (or, when null, how many there are). */
    private void load(String said) {
        tasks.run(
                "Reading the library",
                progress -> evidence.items(),
                loaded -> {
                    items.setAll(loaded);
                    EvidenceItem current = open.get();
                    if (current != null) {
                        loaded.stream()
                                .filter(i -> i.id() == current.id())
                                .findFirst()
                                .ifPresent(open::set);
                    }
                    message.set(said != null ? said : LibrarySearch.count(loaded.size()));
                },
                failed("The library could not be read"));
    }

    /**
     * Reads, in the background, the scanned pages of documents added while OCR was not installed, if it is now; the
     * list is read again when some were.
     */
    public void readWaitingPictures() {
        tasks.run(
                "Reading scanned pages",
                progress -> awaiting.canRead() ? awaiting.readAll(progress) : 0,
                read -> {
                    if (read > 0) {
                        load(read + (read == 1 ? " document" : " documents") + " read by OCR since it was installed.");
                    }
                },
                failed("Scanned pages could not be read"));
    }

    /** Searches the library for the query typed; a blank query goes back to the whole list. */
    public void search() {
        librarySearch.search();
    }

    public ObjectProperty<java.time.LocalDate> fromProperty() {
        return librarySearch.from;
    }

    public ObjectProperty<java.time.LocalDate> toProperty() {
        return librarySearch.to;
    }

    /** The recommendation found documents must bear on (themselves or through a note), or null. */
    public ObjectProperty<Long> bearingOnProperty() {
        return librarySearch.bearingOn;
    }

    public StringProperty personProperty() {
        return librarySearch.person;
    }

    public StringProperty tagProperty() {
        return librarySearch.tag;
    }

    /** Opens a document at page 1. */
    public void open(EvidenceItem item) {
        open(item, 1, List.of());
    }

    /** Opens a document at a page (from 1; the last when the document has fewer). */
    public void openAt(EvidenceItem item, int atPage) {
        open(item, atPage, List.of());
    }

    /** Opens a search result at its page, with the words it matched marked. */
    public void open(SearchRow row) {
        List<String> words = new ArrayList<>();
        String snippet = row.hit().snippet().text();
        for (Highlight h : row.hit().snippet().highlights()) {
            if (h.start() >= 0 && h.end() <= snippet.length() && h.start() < h.end()) {
                words.add(snippet.substring(h.start(), h.end()));
            }
        }
        open(row.item(), row.hit().page(), words);
    }

    private void open(EvidenceItem item, int atPage, List<String> words) {
        if (item == null) {
            open.set(null);
            pages.clear();
            return;
        }
        tasks.run(
                "Opening " + item.title(),
                progress -> new Opened(
                        evidence.pages(item.id()),
                        annotationService.of(item.id()),
                        List.copyOf(evidence.links().getOrDefault(item.id(), Set.of()))),
                read -> {
                    links.setAll(read.links());
                    marked.setAll(new LinkedHashSet<>(words));
                    annotations.setAll(read.annotations());
                    pages.setAll(read.pages());
                    open.set(item);
                    // Set even when it is the same number, so the view scrolls to it again.
                    page.set(-1);
                    page.set(Math.max(
                            1, Math.min(atPage, Math.max(1, read.pages().size()))));
                },
                failed("The document could not be opened"));
    }

    private record Opened(List<String> pages, List<Anchored> annotations, List<Long> links) {}

    /** Links the open document, at the page shown, to a recommendation. */
    public void link(long recommendationId) {
        EvidenceItem item = open.get();
        if (item == null) {
            return;
        }
        int atPage = Math.max(1, page.get());
        tasks.run(
                "Linking " + item.title(),
                progress -> {
                    evidence.link(item.id(), recommendationId, item.pageCount() == 0 ? null : atPage);
                    return List.copyOf(evidence.links().getOrDefault(item.id(), Set.of()));
                },
                links::setAll,
                failed("The link could not be made"));
    }

    /** The open document's bytes as added, to draw its pages; read off the FX thread. */
    public java.io.InputStream original(long itemId) {
        return export.original(itemId);
    }

    /** The name offered for a copy of the open document. */
    public String copyName(boolean withNotes) {
        EvidenceItem item = open.get();
        return item == null ? "" : export.suggestedName(item, withNotes);
    }

    /** Writes a copy of the open document, clean or with its notes. */
    public void exportCopy(java.nio.file.Path target, boolean withNotes) {
        EvidenceItem item = open.get();
        if (item == null) {
            return;
        }
        tasks.run(
                "Writing a copy of " + item.title(),
                progress -> {
                    export.export(item.id(), target, withNotes);
                    return target;
                },
                written -> message.set("Wrote " + written.getFileName() + "."),
                failed("The copy was not written"));
    }

    /** The recommendations the open document is linked to. */
    public ObservableList<Long> links() {
        return links;
    }

    /** Highlights a passage of the open document with a note; {@code refused} hears why it could not be. */
    public void annotate(int atPage, int start, int end, String note, Consumer<Throwable> refused) {
        EvidenceItem item = open.get();
        if (item == null) {
            return;
        }
        tasks.run(
                "Saving the note",
                progress -> {
                    annotationService.add(item.id(), atPage, start, end, note);
                    return annotationService.of(item.id());
                },
                now -> {
                    annotations.setAll(now);
                    message.set("Note added on page " + atPage + ".");
                },
                refused);
    }

    /** Removes an annotation from the open document (it is kept, marked deleted). */
    public void deleteAnnotation(Anchored annotation) {
        tasks.run(
                "Removing the note",
                progress -> {
                    annotationService.delete(annotation.annotation().id());
                    return annotationService.of(annotation.annotation().itemId());
                },
                annotations::setAll,
                failed("The note could not be removed"));
    }

    /** Saves a person's edit of the open document; every guess counts as confirmed. */
    public void save(EvidenceDraft draft, Consumer<Throwable> refused) {
        EvidenceItem seen = open.get();
        if (seen == null) {
            return;
        }
        tasks.run(
                "Saving " + seen.title(),
                progress -> evidence.update(seen, draft),
                saved -> {
                    open.set(saved);
                    items.replaceAll(i -> i.id() == saved.id() ? saved : i);
                    librarySearch.results.replaceAll(
                            r -> r.item().id() == saved.id() ? new SearchRow(r.hit(), saved) : r);
                    message.set("Saved \u201c" + saved.title() + "\u201d.");
                },
                refused);
    }

    /** Adds files and folders; {@code done} gets what happened, for the person to read. */
    public void add(List<Path> paths, Consumer<AddSummary> done) {
        if (paths.isEmpty()) {
            return;
        }
        adding.set(true);
        tasks.run(
                "Adding files to the library",
                progress -> importer.get().add(paths, AddOptions.NONE, progress),
                summary -> {
                    adding.set(false);
                    message.set(summary.headline());
                    load(summary.headline());
                    done.accept(summary);
                },
                error -> {
                    adding.set(false);
                    load();
                    failed("Adding files stopped").accept(error);
                });
    }

    private Consumer<Throwable> failed(String what) {
        return error -> {
            LOG.log(Level.WARNING, what, error);
            message.set(
                    what + ": " + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
        };
    }

    public ObservableList<EvidenceItem> shownItems() {
        return shown;
    }

    public ObservableList<EvidenceItem> items() {
        return items;
    }

    public ObjectProperty<EvidenceKind> kindProperty() {
        return kind;
    }

    public StringProperty queryProperty() {
        return librarySearch.query;
    }

    public ObservableList<SearchRow> results() {
        return librarySearch.results;
    }

    public BooleanProperty searchingProperty() {
        return librarySearch.searching;
    }

    public ObjectProperty<EvidenceItem> openProperty() {
        return open;
    }

    public ObservableList<String> pages() {
        return pages;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    /** The words to mark in the open document: those the search result matched. */
    public ObservableList<String> marked() {
        return marked;
    }

    /** The open document's annotations, found again in its text. */
    public ObservableList<Anchored> annotations() {
        return annotations;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }
}
