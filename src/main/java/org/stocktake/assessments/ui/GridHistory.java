package org.stocktake.assessments.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.HistoryEntry;

/**
 * What the grid's rows are read against: the previous round's assessments, to mark what moved, and the shown round's
 * corrections, to set each beside the original.
 */
public final class GridHistory {

    private final ReadOnlyObjectWrapper<AssessmentRound> previousRound = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<UUID, Assessment> previous = FXCollections.observableHashMap();
    private final ObservableMap<UUID, HistoryEntry> corrections = FXCollections.observableHashMap();

    void show(AssessmentRound before, List<Assessment> then, Map<UUID, HistoryEntry> corrected) {
        previousRound.set(before);
        previous.clear();
        then.forEach(a -> previous.put(a.recommendationUuid(), a));
        corrections.clear();
        corrections.putAll(corrected);
    }

    void clear() {
        show(null, List.of(), Map.of());
    }

    /** The assessment the recommendation had in the previous round, or null. */
    public Assessment previousOf(Assessment row) {
        return previous.get(row.recommendationUuid());
    }

    /** Whether the row's rating or direction moved since the previous round. */
    public boolean changedSincePrevious(Assessment row) {
        return previousRound.get() != null && RoundComparison.changed(row, previousOf(row));
    }

    /** The tooltip for a changed row; empty when it has not changed. */
    public String changeDescription(Assessment row) {
        return changedSincePrevious(row) ? RoundComparison.describe(row, previousOf(row), previousRound.get()) : "";
    }

    /** The row's assessment as first recorded, with its corrections, when the row was corrected; else null. */
    public HistoryEntry correctionOf(Assessment row) {
        return row == null ? null : corrections.get(row.recommendationUuid());
    }

    public ReadOnlyObjectProperty<AssessmentRound> previousRoundProperty() {
        return previousRound.getReadOnlyProperty();
    }

    public ObservableMap<UUID, Assessment> previous() {
        return previous;
    }

    /** The shown round's corrected rows, by recommendation. */
    public ObservableMap<UUID, HistoryEntry> corrections() {
        return corrections;
    }
}
