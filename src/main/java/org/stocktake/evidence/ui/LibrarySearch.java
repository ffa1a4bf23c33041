package org.stocktake.evidence.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.evidence.search.SearchHit;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.search.SearchResult;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.evidence.service.EvidenceSearch;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.shared.task.TaskRunner;

/**
 * A search of the library: the words typed and the filters beside them, the results, and whether they are shown
 * instead of the whole list. The search runs through the task runner, off the FX thread; what it found, or why it
 * found nothing, goes to the screen's message.
 */
final class LibrarySearch {

    final StringProperty query = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final StringProperty person = new SimpleStringProperty("");
    final StringProperty tag = new SimpleStringProperty("");
    final ObjectProperty<Long> bearingOn = new SimpleObjectProperty<>();
    final ObservableList<SearchRow> results = FXCollections.observableArrayList();
    final BooleanProperty searching = new SimpleBooleanProperty(false);

    private final EvidenceService evidence;
    private final Supplier<EvidenceSearch> search;
    private final TaskRunner tasks;
    private final ObjectProperty<EvidenceKind> kind;
    private final ObservableList<EvidenceItem> items;
    private final StringProperty message;

    LibrarySearch(
            EvidenceService evidence,
            Supplier<EvidenceSearch> search,
            TaskRunner tasks,
            ObjectProperty<EvidenceKind> kind,
            ObservableList<EvidenceItem> items,
            StringProperty message) {
        this.evidence = evidence;
        this.search = search;
        this.tasks = tasks;
        this.kind = kind;
        this.items = items;
        this.message = message;
    }

    /** Searches the library for the query typed; a blank query goes back to the whole list. */
    void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty() && !filtered()) {
            searching.set(false);
            results.clear();
            message.set(count(items.size()));
            return;
        }
        EvidenceKind only = kind.get();
        String who = blankToNull(person.get());
        String tagged = blankToNull(tag.get());
        SearchQuery asked = new SearchQuery(
                text,
                only == null ? Set.of() : Set.of(only.name()),
                from.get(),
                to.get(),
                tagged == null ? Set.of() : Set.of(tagged),
                who,
                bearingOn.get(),
                50);
        tasks.run(
                "Searching",
                progress -> {
                    EvidenceSearch index = search.get();
                    index.reconcile(progress);
                    SearchResult result = index.search(asked);
                    Map<Long, EvidenceItem> byId = new HashMap<>();
                    List<SearchRow> rows = new ArrayList<>();
                    for (SearchHit hit : result.hits()) {
                        rows.add(new SearchRow(hit, byId.computeIfAbsent(hit.itemId(), evidence::item)));
                    }
                    return new Found(rows, result);
                },
                found -> {
                    searching.set(true);
                    results.setAll(found.rows());
                    message.set(
                            found.rows().isEmpty()
                                    ? "Nothing found for \u201c" + text + "\u201d"
                                            + found.result()
                                                    .didYouMean()
                                                    .map(s -> "; did you mean \u201c" + s + "\u201d?")
                                                    .orElse(".")
                                    : found.result().totalItems()
                                            + (found.result().totalItems() == 1 ? " document" : " documents")
                                            + " found");
                },
                error -> message.set(error.getMessage() == null ? "The search failed." : error.getMessage()));
    }

    /** Whether a filter beyond the kind is set: then a search lists what it lets through even with no words. */
    private boolean filtered() {
        return from.get() != null
                || to.get() != null
                || blankToNull(person.get()) != null
                || blankToNull(tag.get()) != null
                || bearingOn.get() != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record Found(List<SearchRow> rows, SearchResult result) {}

    /** How many documents the library holds, as the screen says it. */
    static String count(int n) {
        return n == 0
                ? "The library is empty: add files or drop them here."
                : n + (n == 1 ? " document" : " documents");
    }
}
