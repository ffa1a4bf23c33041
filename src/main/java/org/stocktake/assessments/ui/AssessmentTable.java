package org.stocktake.assessments.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.RatingLevel;

/**
 * The grid: recommendations down, then what each was given last round, whether it moved, and this round's rating,
 * direction, commentary and assessor. Cells are selected one at a time so the keyboard can work across a row.
 */
final class AssessmentTable extends TableView<Assessment> {

    /** Where the cursor goes when the commentary editor is left. */
    enum Leave {
        NEXT_ROW,
        ACROSS,
        BACK
    }

    final TableColumn<Assessment, Assessment> previous = new TableColumn<>("Previous");
    final TableColumn<Assessment, RatingLevel> rating = new TableColumn<>("Rating");
    final TableColumn<Assessment, Direction> direction = new TableColumn<>("Direction");
    final TableColumn<Assessment, String> commentary = new TableColumn<>("Commentary");
    private final List<TableColumn<Assessment, ?>> editable = List.of(rating, direction, commentary);
    private final AssessmentGridViewModel model;
    private String seed;

    AssessmentTable(AssessmentGridViewModel model) {
        this.model = model;
        setId("assessment-grid");
        setItems(model.rows());
        getSelectionModel().setCellSelectionEnabled(true);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        editableProperty().bind(model.readOnlyProperty().not());
        Label placeholder = new Label();
        placeholder
                .textProperty()
                .bind(Bindings.when(model.loadingProperty())
                        .then("Loading…")
                        .otherwise("Choose a review and a round, or open a round with New round…"));
        setPlaceholder(placeholder);

        // The columns' smallest widths add up to what a 1024-pixel window leaves beside the navigation; free text
        // (titles, commentary, names) gives way first, and is whole in each cell's tooltip.
        TableColumn<Assessment, String> number = text("No.", 48, Assessment::number);
        fixed(number, 48);
        TableColumn<Assessment, String> title = text("Title", 250, Assessment::title);
        title.setMinWidth(110);
        title.setCellFactory(column -> new TitleCell());
        previous.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(model.history().previousOf(cell.getValue())));
        previous.setCellFactory(column -> new PreviousCell());
        fixed(previous, 100);
        TableColumn<Assessment, Assessment> marker = new TableColumn<>("Δ");
        marker.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        marker.setCellFactory(column -> new ChangeMarkerCell(model));
        fixed(marker, 40);
        Label markerHeading = new Label("Δ");
        markerHeading.setTooltip(new Tooltip(
                "● changed since the previous round   ✎ corrected after finalising   ◆ a proposed rating waits"));
        marker.setText(null);
        marker.setGraphic(markerHeading);
        rating.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().level()));
        rating.setCellFactory(column -> new RatingCell(model));
        rating.setPrefWidth(220);
        rating.setMinWidth(160);
        rating.setMaxWidth(260);
        rating.setEditable(false);
        direction.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().direction()));
        direction.setCellFactory(column -> new DirectionCell(model));
        fixed(direction, 108);
        commentary.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().commentary()));
        commentary.setCellFactory(column -> new CommentaryCell(model));
        commentary.setPrefWidth(320);
        commentary.setMinWidth(120);
        commentary.setEditable(true);
        commentary.setOnEditCommit(event -> model.edits().setCommentary(event.getRowValue(), event.getNewValue()));
        TableColumn<Assessment, Assessment> assessor = new TableColumn<>("Assessor");
        assessor.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        assessor.setCellFactory(column -> new AssessorCell(model));
        assessor.setEditable(false);
        assessor.setPrefWidth(150);
        assessor.setMinWidth(90);
        assessor.setMaxWidth(180);
        setRowFactory(view -> new CarriedRow());
        getColumns().setAll(List.of(number, title, previous, marker, rating, direction, commentary, assessor));
        getColumns().forEach(c -> c.setSortable(false));
        getColumns().forEach(c -> c.setReorderable(false));

        Label previousHeading = new Label("Previous");
        previous.setText(null);
        previous.setGraphic(previousHeading);
        model.history().previousRoundProperty().addListener((obs, old, now) -> {
            previousHeading.setTooltip(new Tooltip(
                    now == null
                            ? "No earlier round"
                            : "Given in " + now.title() + " (" + RoundText.date(now.heldOn()) + ")"));
            refresh();
        });
        model.history().previous().addListener((MapChangeListener<Object, Object>) change -> refresh());
        model.history().corrections().addListener((MapChangeListener<Object, Object>) change -> refresh());
        model.readOnlyProperty().addListener((obs, old, now) -> refresh());
    }

    private static TableColumn<Assessment, String> text(String name, double width, Function<Assessment, String> value) {
        TableColumn<Assessment, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static void fixed(TableColumn<Assessment, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
        column.setEditable(false);
    }

    /** A row copied forward and not yet confirmed is drawn muted (see the style sheet). */
    private static final class CarriedRow extends TableRow<Assessment> {
        private static final PseudoClass CARRIED = PseudoClass.getPseudoClass("carried");

        @Override
        protected void updateItem(Assessment item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(CARRIED, !empty && item != null && item.isCarried());
        }
    }

    /** The column of the focused cell, or null. */
    TableColumn<Assessment, ?> focusedColumn() {
        TablePosition<Assessment, ?> at = getFocusModel().getFocusedCell();
        return at == null || at.getRow() < 0 ? null : at.getTableColumn();
    }

    int focusedRow() {
        TablePosition<Assessment, ?> at = getFocusModel().getFocusedCell();
        return at == null ? -1 : at.getRow();
    }

    /** Starts editing the row's commentary with {@code typed} added to what is there. */
    void startTyping(int row, String typed) {
        seed = typed;
        reveal(row);
        edit(row, commentary);
        seed = null;
    }

    /** The characters that started an edit, once. */
    String takeSeed() {
        String taken = seed;
        seed = null;
        return taken;
    }

    void leaveCommentary(int row, Leave how) {
        switch (how) {
            case NEXT_ROW -> focusCell(Math.min(row + 1, getItems().size() - 1), rating);
            case ACROSS -> moveAcross(row, commentary, 1);
            case BACK -> moveAcross(row, commentary, -1);
        }
    }

    /** Moves to the next (or previous) editable column, wrapping to the next (or previous) row. */
    void moveAcross(int row, TableColumn<Assessment, ?> from, int step) {
        int column = getVisibleLeafIndex(from);
        int target = -1;
        for (int i = 0; i < editable.size() && target < 0; i++) {
            int candidate = step > 0 ? i : editable.size() - 1 - i;
            int at = getVisibleLeafIndex(editable.get(candidate));
            if (step > 0 ? at > column : at < column) {
                target = candidate;
            }
        }
        int nextRow = row;
        if (target < 0) {
            target = step > 0 ? 0 : editable.size() - 1;
            nextRow = row + step;
        }
        if (nextRow >= 0 && nextRow < getItems().size()) {
            focusCell(nextRow, editable.get(target));
        }
    }

    /** Selects and focuses one cell, scrolling only as far as needed to show it. */
    void focusCell(int row, TableColumn<Assessment, ?> column) {
        if (row < 0 || row >= getItems().size()) {
            return;
        }
        getSelectionModel().clearAndSelect(row, column);
        getFocusModel().focus(row, column);
        reveal(row);
        requestFocus();
    }

    private void reveal(int row) {
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        }
    }

    /** The drawn cell at the row and column, if it is on screen. */
    TableCell<?, ?> cellAt(int row, TableColumn<Assessment, ?> column) {
        return lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c
                        && c.getTableColumn() == column
                        && c.getIndex() == row
                        && !c.isEmpty())
                .map(n -> (TableCell<?, ?>) n)
                .findFirst()
                .orElse(null);
    }

    /** A title, ellipsised in the grid and whole in its tooltip. */
    private static final class TitleCell extends TwoLineCell {
        TitleCell() {
            getStyleClass().add(Styles.ELIDES);
        }

        @Override
        protected void updateItem(String title, boolean empty) {
            super.updateItem(title, empty);
            setText(empty ? null : title);
            setTooltip(empty || title == null ? null : new Tooltip(title));
        }
    }
}
