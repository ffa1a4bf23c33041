package org.stocktake.app.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stocktake.shared.ui.Icons;

/**
 * The panel's areas down the left of the window, under the workspace's name. In a narrow window it shows only the
 * areas' icons (each with its name as a tooltip), leaving the room to the area itself.
 */
final class Navigation {

    static final double WIDTH = 220;

    static final double COMPACT_WIDTH = 60;

    private final ListView<Area> list = new ListView<>();
    private final Label workspaceName = new Label();
    private final VBox pane = new VBox(workspaceName, list);
    private boolean compact;

    Navigation(Consumer<Area> show) {
        list.setId("navigation-list");
        list.setCellFactory(view -> new AreaCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show.accept(now));
        workspaceName.setId("workspace-name");
        workspaceName.setWrapText(true);
        workspaceName.setMaxWidth(WIDTH);
        pane.setId("navigation");
        pane.setPadding(new Insets(0));
        VBox.setVgrow(list, Priority.ALWAYS);
        compact(false);
    }

    /** Icons only when {@code compact}; icons and names otherwise. */
    void compact(boolean compact) {
        this.compact = compact;
        double width = compact ? COMPACT_WIDTH : WIDTH;
        pane.setMinWidth(width);
        pane.setPrefWidth(width);
        pane.setMaxWidth(width);
        workspaceName.setVisible(!compact);
        workspaceName.setManaged(!compact);
        list.refresh();
    }

    boolean isCompact() {
        return compact;
    }

    VBox pane() {
        return pane;
    }

    ListView<Area> list() {
        return list;
    }

    void workspaceName(String name) {
        workspaceName.setText(name);
    }

    private final class AreaCell extends ListCell<Area> {
        @Override
        protected void updateItem(Area area, boolean empty) {
            super.updateItem(area, empty);
            boolean none = empty || area == null;
            setText(none || compact ? null : area.label);
            setGraphic(none ? null : Icons.of(area.icon));
            setTooltip(none || !compact ? null : new Tooltip(area.label));
            setId(none ? null : area.id);
        }
    }
}
