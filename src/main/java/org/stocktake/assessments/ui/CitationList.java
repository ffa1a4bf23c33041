package org.stocktake.assessments.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.Citations;
import org.stocktake.assessments.service.CitedEvidence;
import org.stocktake.shared.task.TaskRunner;

/**
 * The evidence the selected assessment cites, read again whenever another row is selected, and citing or removing a
 * citation. What went wrong is said in {@link #messageProperty} in one sentence.
 */
public final class CitationList {

    private final Citations service;
    private final TaskRunner tasks;
    private final ObservableList<CitedEvidence> cited = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Assessment shown;

    public CitationList(Citations service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /** Shows what {@code row} cites; nothing for no row. */
    void show(Assessment row) {
        shown = row;
        message.set("");
        if (row == null) {
            cited.clear();
            return;
        }
        read(row, List.of());
    }

    /** Cites a document at a page in the row shown. */
    void cite(long itemId, Integer page) {
        Assessment row = shown;
        if (row == null) {
            return;
        }
        tasks.run(
                "Citing evidence",
                progress -> {
                    service.cite(row.roundId(), row.recommendationUuid(), itemId, page, null);
                    return service.of(row.roundId(), row.recommendationUuid());
                },
                now -> shownAgain(row, now),
                failed());
    }

    /** Removes a citation from the row shown. */
    void remove(CitedEvidence citation) {
        Assessment row = shown;
        if (row == null) {
            return;
        }
        tasks.run(
                "Removing a citation",
                progress -> {
                    service.remove(citation.citation().id());
                    return service.of(row.roundId(), row.recommendationUuid());
                },
                now -> shownAgain(row, now),
                failed());
    }

    private void read(Assessment row, List<CitedEvidence> meanwhile) {
        cited.setAll(meanwhile);
        tasks.run(
                "Reading citations",
                progress -> service.of(row.roundId(), row.recommendationUuid()),
                now -> shownAgain(row, now),
                failed());
    }

    private void shownAgain(Assessment row, List<CitedEvidence> now) {
        if (row == shown) {
            cited.setAll(now);
        }
    }

    private Consumer<Throwable> failed() {
        return error ->
                message.set(error.getMessage() == null ? "The citation could not be saved." : error.getMessage());
    }

    public ObservableList<CitedEvidence> cited() {
        return cited;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
