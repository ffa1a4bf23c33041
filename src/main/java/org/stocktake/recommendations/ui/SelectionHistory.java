package org.stocktake.recommendations.ui;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.task.TaskRunner;

/**
 * The selected recommendation's history, read on the task runner whenever another recommendation is selected or the
 * register is read again (a round may have been added meanwhile). Null while it is being read for a newly selected
 * recommendation; an answer that arrives after the selection moved on is dropped.
 */
public final class SelectionHistory {

    private static final Logger LOG = Logger.getLogger(SelectionHistory.class.getName());

    private final RecommendationInsight insight;
    private final TaskRunner tasks;
    private final ObjectProperty<Recommendation> selected;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<List<RecommendationInsight.TimelineItem>> items =
            new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<RecommendationInsight.EvidenceMark>> evidence =
            new ReadOnlyObjectWrapper<>(List.of());
    private int request;
    private UUID itemsFor;

    SelectionHistory(
            RecommendationInsight insight,
            TaskRunner tasks,
            ObjectProperty<Recommendation> selected,
            Consumer<String> status) {
        this.insight = insight;
        this.tasks = tasks;
        this.selected = selected;
        this.status = status;
        selected.addListener((obs, old, now) -> {
            boolean another = now == null || old == null || !now.uuid().equals(old.uuid());
            if (another) {
                reread();
            }
        });
    }

    private record Read(
            List<RecommendationInsight.TimelineItem> history, List<RecommendationInsight.EvidenceMark> evidence) {}

    /** The documents linked to the selected recommendation, as last read with its history. */
    public ReadOnlyObjectProperty<List<RecommendationInsight.EvidenceMark>> evidenceProperty() {
        return evidence.getReadOnlyProperty();
    }

    /** Reads the history of the selected recommendation again. */
    void reread() {
        Recommendation recommendation = selected.get();
        int asked = ++request;
        if (recommendation == null) {
            itemsFor = null;
            evidence.set(List.of());
            items.set(List.of());
            return;
        }
        if (!recommendation.uuid().equals(itemsFor)) {
            // Another recommendation's history must never stand beside this one's text, even for a moment.
            itemsFor = null;
            items.set(null);
        }
        tasks.run(
                "Reading the history of recommendation " + recommendation.number(),
                progress -> new Read(insight.history(recommendation.uuid()), insight.evidence(recommendation.uuid())),
                read -> {
                    if (asked == request) {
                        itemsFor = recommendation.uuid();
                        evidence.set(read.evidence());
                        items.set(read.history());
                    }
                },
                error -> {
                    if (asked == request) {
                        LOG.log(Level.WARNING, "The history of " + recommendation.uuid() + " could not be read", error);
                        itemsFor = recommendation.uuid();
                        items.set(List.of());
                        status.accept("The history of recommendation " + recommendation.number()
                                + " could not be read. Select it again to retry.");
                    }
                });
    }

    /** The history shown now, oldest round first; null while it is being read. */
    public ReadOnlyObjectProperty<List<RecommendationInsight.TimelineItem>> itemsProperty() {
        return items.getReadOnlyProperty();
    }
}
