package org.stocktake.recommendations.ui;

import atlantafx.base.controls.CustomTextField;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.ui.Icons;

/** The recommendation register: a filterable, groupable table of recommendations beside the selected one's detail. */
public final class RegisterView extends BorderPane {

    private final RegisterViewModel model;
    private final RegisterActions actions;
    private final TreeTableView<RegisterRow> table = new TreeTableView<>();
    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();
    private final RecommendationDetail detail = new RecommendationDetail();
    private boolean rebuilding;

    public RegisterView(RegisterViewModel model, RegisterActions actions) {
        this.model = model;
        this.actions = actions;
        setId("register-view");
        setTop(toolbar());
        SplitPane split = new SplitPane(tablePane(), detail);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);

        model.visible().addListener((ListChangeListener<Recommendation>) change -> rebuild());
        model.groupByThemeProperty().addListener((obs, old, now) -> rebuild());
        model.selectedProperty().addListener((obs, old, now) -> {
            detail.show(now, now == null ? java.util.List.of() : model.history(now.uuid()));
            if (!rebuilding) {
                select(now == null ? null : now.uuid());
            }
        });
        rebuild();
    }

    private HBox toolbar() {
        ComboBox<org.stocktake.recommendations.service.Review> review = new ComboBox<>();
        review.setId("review-choice");
        review.setConverter(new ReviewConverter());
        review.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.stocktake.recommendations.service.Review item, boolean empty) {
                super.updateItem(item, empty);
                setText(new ReviewConverter().toString(item));
            }
        });
        review.setPrefWidth(240);
        review.setTooltip(new Tooltip("Show one review, or all of them"));
        model.reviews().addListener((ListChangeListener<org.stocktake.recommendations.service.Review>) c -> {
            review.getItems().setAll(model.reviews());
            review.getItems().add(0, null);
            review.setValue(model.reviewFilterProperty().get());
        });
        review.valueProperty()
                .addListener((obs, old, now) -> model.reviewFilterProperty().set(now));

        filter.setId("register-filter");
        filter.setPromptText("Filter recommendations (Ctrl+F)");
        filter.setLeft(Icons.of(Feather.SEARCH));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            } else if (event.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(420);

        ToggleButton group = new ToggleButton("By theme", Icons.of(Feather.LAYERS));
        group.setId("group-by-theme");
        group.setTooltip(new Tooltip("Group the register by theme (Ctrl+G)"));
        group.selectedProperty().bindBidirectional(model.groupByThemeProperty());

        count.setId("register-count");
        count.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button add = button("New", Feather.PLUS, "new-recommendation", "Add a recommendation (Ctrl+N)");
        add.setOnAction(e -> actions.create());
        Button edit = button("Edit", Feather.EDIT_2, "edit-recommendation", "Edit the selected recommendation (Enter)");
        edit.setOnAction(e -> actions.edit());
        edit.disableProperty().bind(model.selectedProperty().isNull());
        Button delete = button(
                "Delete", Feather.TRASH_2, "delete-recommendation", "Delete the selected recommendation (Delete)");
        delete.setOnAction(e -> actions.delete());
        delete.disableProperty().bind(model.selectedProperty().isNull());

        for (Region fixed : new Region[] {group, count, add, edit, delete}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        review.setMinWidth(140);
        filter.setMinWidth(160);
        HBox bar = new HBox(8, review, filter, group, count, spacer, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        return bar;
    }

    private static Button button(String text, Feather icon, String id, String tip) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private TreeTableView<RegisterRow> tablePane() {
        table.setId("register-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        RegisterColumns.install(table, model, actions);
        table.setPlaceholder(new Label("No recommendations match the filter."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!rebuilding) {
                model.selectedProperty()
                        .set(
                                now == null || now.getValue().isHeading()
                                        ? null
                                        : now.getValue().recommendation());
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
        MenuItem edit = new MenuItem("Edit…");
        edit.setOnAction(e -> actions.edit());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> actions.delete());
        table.setContextMenu(new ContextMenu(edit, delete));
        return table;
    }

    private void rebuild() {
        rebuilding = true;
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
            count.setText(countText());
        } finally {
            rebuilding = false;
        }
    }

    private String countText() {
        int shown = model.visible().size();
        int total = model.totalCount();
        return shown == total ? total + " recommendations" : shown + " of " + total + " recommendations";
    }

    private void select(UUID uuid) {
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
        filter.requestFocus();
        filter.selectAll();
    }

    public TreeTableView<RegisterRow> table() {
        return table;
    }
}
