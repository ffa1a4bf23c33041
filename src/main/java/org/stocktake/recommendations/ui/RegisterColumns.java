package org.stocktake.recommendations.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import org.stocktake.shared.ui.ElidedText;

/**
 * The register table's columns and rows: what each shows, and how theme headings and ratings are drawn. Short values
 * (numbers, ratings, dates, priorities) get columns wide enough to show them whole; free text (titles, themes, owners)
 * gives way when the window is narrow, cut short with its whole text in a tooltip and in the detail pane.
 */
final class RegisterColumns {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final RegisterViewModel model;
    private final RegisterActions actions;

    private RegisterColumns(RegisterViewModel model, RegisterActions actions) {
        this.model = model;
        this.actions = actions;
    }

    /** Gives the table its columns, with the title as the tree column, and rows that know theme headings. */
    static void install(TreeTableView<RegisterRow> table, RegisterViewModel model, RegisterActions actions) {
        new RegisterColumns(model, actions).installOn(table);
    }

    private void installOn(TreeTableView<RegisterRow> table) {
        TreeTableColumn<RegisterRow, String> number = fixed(
                "No.",
                56,
                r -> r.recommendation() == null ? "" : r.recommendation().number());
        number.setComparator(NumberOrder.INSTANCE);
        TreeTableColumn<RegisterRow, String> title = titleColumn();
        TreeTableColumn<RegisterRow, String> theme = freeText(
                "Theme", 170, r -> r.isHeading() ? "" : r.recommendation().theme());
        TreeTableColumn<RegisterRow, String> owner = freeText(
                "Owner", 150, r -> r.isHeading() ? "" : r.recommendation().owner());
        TreeTableColumn<RegisterRow, String> priority = fixed(
                "Priority", 84, r -> r.isHeading() ? "" : r.recommendation().priority());
        table.getColumns().setAll(List.of(number, title, ratingColumn(), theme, owner, milestoneColumn(), priority));
        table.setTreeColumn(title);
        theme.visibleProperty().bind(model.groupByThemeProperty().not());
        table.setRowFactory(view -> headingAwareRow());
    }

    /** The title; a theme heading's row draws its own text across the row (see {@link HeadingRow}). */
    private TreeTableColumn<RegisterRow, String> titleColumn() {
        TreeTableColumn<RegisterRow, String> title = new TreeTableColumn<>("Title");
        title.setPrefWidth(380);
        title.setMinWidth(140);
        title.setCellValueFactory(cell -> {
            RegisterRow row = cell.getValue().getValue();
            return new ReadOnlyStringWrapper(
                    row.isHeading()
                            ? row.heading() + " (" + row.count() + ")"
                            : row.recommendation().title());
        });
        title.setCellFactory(column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean heading = !empty
                        && getTableRow() != null
                        && getTableRow().getItem() != null
                        && getTableRow().getItem().isHeading();
                setText(empty || heading ? null : text);
                ElidedText.mark(this, empty || heading ? null : text);
            }
        });
        return title;
    }

    private TreeTableColumn<RegisterRow, LocalDate> milestoneColumn() {
        TreeTableColumn<RegisterRow, LocalDate> milestone = new TreeTableColumn<>("Milestone");
        fix(milestone, 108);
        milestone.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().getValue().isHeading()
                        ? null
                        : cell.getValue().getValue().recommendation().milestone()));
        milestone.setCellFactory(column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : SHORT_DATE.format(date));
            }
        });
        return milestone;
    }

    private TreeTableColumn<RegisterRow, RecommendationInsight.RatingMark> ratingColumn() {
        TreeTableColumn<RegisterRow, RecommendationInsight.RatingMark> rating = new TreeTableColumn<>("Rating");
        rating.setId("register-rating-column");
        fix(rating, 70);
        rating.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().getValue().isHeading()
                        ? null
                        : model.latestRatings()
                                .get(cell.getValue().getValue().recommendation().uuid())));
        rating.setCellFactory(column -> new TreeTableCell<>() {
            private final Label chip = new Label();

            @Override
            protected void updateItem(RecommendationInsight.RatingMark mark, boolean empty) {
                super.updateItem(mark, empty);
                RatingChip.update(chip, empty ? null : mark);
                setGraphic(empty || mark == null ? null : chip);
            }
        });
        rating.setSortable(false);
        return rating;
    }

    private TreeTableRow<RegisterRow> headingAwareRow() {
        TreeTableRow<RegisterRow> row = new HeadingRow();
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY
                    && event.getClickCount() == 2
                    && !row.isEmpty()
                    && !row.getItem().isHeading()) {
                actions.edit();
            }
        });
        return row;
    }

    /** A column of short values, always wide enough for its heading and values. */
    private static TreeTableColumn<RegisterRow, String> fixed(
            String name, double width, Function<RegisterRow, String> value) {
        TreeTableColumn<RegisterRow, String> column = new TreeTableColumn<>(name);
        fix(column, width);
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().getValue())));
        return column;
    }

    /** The resize policy gives room to and takes it from columns that can change, so short values keep theirs. */
    private static void fix(TreeTableColumn<?, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
    }

    /** A column of free text that may be cut short when room is scarce, with the whole text in a tooltip. */
    private static TreeTableColumn<RegisterRow, String> freeText(
            String name, double width, Function<RegisterRow, String> value) {
        TreeTableColumn<RegisterRow, String> column = new TreeTableColumn<>(name);
        column.setPrefWidth(width);
        column.setMinWidth(90);
        column.setMaxWidth(width + 80);
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().getValue())));
        column.setCellFactory(c -> ElidedText.treeTableCell());
        return column;
    }
}
