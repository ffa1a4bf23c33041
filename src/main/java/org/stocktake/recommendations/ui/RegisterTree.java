package org.stocktake.recommendations.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.TreeItem;
import org.stocktake.recommendations.service.Recommendation;

/** Builds the register's rows from the filtered recommendations, grouped under their themes or flat. */
final class RegisterTree {

    static final String NO_THEME = "No theme";

    private RegisterTree() {}

    /** The new root, and the item of {@code keep} (or null) so the selection survives a rebuild. */
    record Built(TreeItem<RegisterRow> root, TreeItem<RegisterRow> kept) {}

    static Built build(List<Recommendation> recommendations, boolean grouped, boolean manyReviews, UUID keep) {
        TreeItem<RegisterRow> root = new TreeItem<>();
        TreeItem<RegisterRow> kept = null;
        if (!grouped) {
            List<TreeItem<RegisterRow>> items = new ArrayList<>(recommendations.size());
            for (Recommendation r : recommendations) {
                TreeItem<RegisterRow> item = new TreeItem<>(RegisterRow.of(r));
                if (r.uuid().equals(keep)) {
                    kept = item;
                }
                items.add(item);
            }
            root.getChildren().setAll(items);
            return new Built(root, kept);
        }
        Map<String, List<TreeItem<RegisterRow>>> groups = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            String theme = r.theme() == null ? NO_THEME : r.theme();
            String key = manyReviews ? theme + " · " + r.reviewCode() : theme;
            TreeItem<RegisterRow> item = new TreeItem<>(RegisterRow.of(r));
            if (r.uuid().equals(keep)) {
                kept = item;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        List<TreeItem<RegisterRow>> headings = new ArrayList<>(groups.size());
        groups.forEach((name, items) -> {
            TreeItem<RegisterRow> heading = new TreeItem<>(RegisterRow.heading(name, items.size()));
            heading.getChildren().setAll(items);
            heading.setExpanded(true);
            headings.add(heading);
        });
        root.getChildren().setAll(headings);
        return new Built(root, kept);
    }
}
