package org.stocktake.recommendations.ui;

import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.stocktake.recommendations.service.Recommendation;

/**
 * The recommendation register: a filterable, groupable table of recommendations beside the selected one's detail.
 * The table's selection and the model's follow each other; a theme heading selects nothing.
 */
public final class RegisterView extends BorderPane {

    private static final double DETAIL_MIN_WIDTH = 280;

    private final RegisterViewModel model;
    private final RegisterActions actions;
    private final RegisterToolbar toolbar;
    private final TreeTableView<RegisterRow> table = new TreeTableView<>();
    private final RecommendationDetail detail;
    /** True while the table itself is the source of a selection change, or is being rebuilt. */
    private boolean followingTable;

    public RegisterView(RegisterViewModel model, RegisterActions actions) {
        this.model = model;
        this.actions = actions;
        this.detail = new RecommendationDetail(model::openEvidence);
        setId("register-view");
        toolbar = new RegisterToolbar(model, actions);
        setTop(toolbar);
        detail.setMinWidth(DETAIL_MIN_WIDTH);
        table.setMinWidth(360);
        SplitPane split = new SplitPane(tablePane(), detail);
        SplitPane.setResizableWithParent(detail, false);
        split.widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() <= 0 && now.doubleValue() > 0) {
                // The detail's first width: enough to read it, and no more than the table can spare.
                double width = Math.max(DETAIL_MIN_WIDTH, Math.min(480, now.doubleValue() * 0.3));
                split.setDividerPositions(1 - width / now.doubleValue());
            }
        });
        setCenter(split);

        model.visible().addListener((ListChangeListener<Recommendation>) change -> rebuild());
        model.all().addListener((ListChangeListener<Recommendation>) change -> showCount());
        model.groupByThemeProperty().addListener((obs, old, now) -> rebuild());
        model.selectedProperty().addListener((obs, old, now) -> {
            showDetail();
            if (!followingTable) {
                select(now == null ? null : now.uuid());
            }
        });
        model.history().itemsProperty().addListener((obs, old, now) -> showDetail());
        toolbar.filter().setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                toolbar.filter().clear();
            } else if (event.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });
        rebuild();
    }

    private void showDetail() {
        detail.show(
                model.selectedProperty().get(),
                model.history().itemsProperty().get(),
                model.history().evidenceProperty().get());
    }

    private TreeTableView<RegisterRow> tablePane() {
        table.setId("register-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        RegisterColumns.install(table, model, actions);
        table.setPlaceholder(new Label("No recommendations match the filter."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (followingTable) {
                return;
            }
            // Changing the table's selection from inside its own change event breaks it (Home on a heading threw).
            followingTable = true;
            try {
                model.selectedProperty()
                        .set(
                                now == null || now.getValue().isHeading()
                                        ? null
                                        : now.getValue().recommendation());
            } finally {
                followingTable = false;
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null) {
                actions.edit();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE
                    && model.selectedProperty().get() != null) {
                actions.delete();
                event.consume();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            // A heading selects nothing, so Home and End go to the first and last recommendation instead.
            if (event.getCode() == KeyCode.HOME || event.getCode() == KeyCode.END) {
                selectEnd(event.getCode() == KeyCode.HOME);
                event.consume();
            }
        });
        MenuItem edit = new MenuItem("Edit…");
        edit.setOnAction(e -> actions.edit());
        edit.disableProperty().bind(model.selectedProperty().isNull());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> actions.delete());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        table.setContextMenu(new ContextMenu(edit, delete));
        return table;
    }

    private void rebuild() {
        followingTable = true;
        try {
            Recommendation selected = model.selectedProperty().get();
            UUID keep = selected == null ? null : selected.uuid();
            boolean manyReviews = model.reviewFilterProperty().get() == null
                    && model.reviews().size() > 1;
            RegisterTree.Built built = RegisterTree.build(
                    model.visible(), model.groupByThemeProperty().get(), manyReviews, keep);
            table.setRoot(built.root());
            if (built.kept() != null) {
                table.getSelectionModel().select(built.kept());
            }
            showCount();
        } finally {
            followingTable = false;
        }
    }

    private void selectEnd(boolean first) {
        int rows = table.getExpandedItemCount();
        for (int i = 0; i < rows; i++) {
            TreeItem<RegisterRow> item = table.getTreeItem(first ? i : rows - 1 - i);
            if (item != null && !item.getValue().isHeading()) {
                model.selectedProperty().set(item.getValue().recommendation());
                return;
            }
        }
    }

    private void showCount() {
        toolbar.count(model.visible().size(), model.totalCount());
    }

    private void select(UUID uuid) {
        followingTable = true;
        try {
            if (uuid == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            TreeItem<RegisterRow> item = find(table.getRoot(), uuid);
            if (item != null) {
                table.getSelectionModel().select(item);
                int index = table.getRow(item);
                if (index >= 0) {
                    table.scrollTo(index);
                }
            }
        } finally {
            followingTable = false;
        }
    }

    private static TreeItem<RegisterRow> find(TreeItem<RegisterRow> parent, UUID uuid) {
        if (parent == null) {
            return null;
        }
        for (TreeItem<RegisterRow> child : parent.getChildren()) {
            RegisterRow row = child.getValue();
            if (!row.isHeading() && row.recommendation().uuid().equals(uuid)) {
                return child;
            }
            TreeItem<RegisterRow> inside = find(child, uuid);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    /** Puts the cursor in the filter box. */
    public void focusFilter() {
        toolbar.filter().requestFocus();
        toolbar.filter().selectAll();
    }

    public TreeTableView<RegisterRow> table() {
        return table;
    }
}
