package org.stocktake.recommendations.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;

/** The register table's columns and rows: what each shows, and how theme headings and ratings are drawn. */
final class RegisterColumns {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");

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
        TreeTableColumn<RegisterRow, String> number = column(
                "No.",
                60,
                r -> r.recommendation() == null ? "" : r.recommendation().number());
        number.setComparator(NumberOrder.INSTANCE);
        number.setMinWidth(48);
        TreeTableColumn<RegisterRow, String> title = column(
                "Title",
                380,
                r -> r.isHeading()
                        ? r.heading() + " (" + r.count() + ")"
                        : r.recommendation().title());
        TreeTableColumn<RegisterRow, String> theme = column(
                "Theme", 170, r -> r.isHeading() ? "" : r.recommendation().theme());
        TreeTableColumn<RegisterRow, String> owner = column(
                "Owner", 150, r -> r.isHeading() ? "" : r.recommendation().owner());
        TreeTableColumn<RegisterRow, LocalDate> milestone = new TreeTableColumn<>("Milestone");
        milestone.setPrefWidth(100);
        milestone.setMinWidth(90);
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
        TreeTableColumn<RegisterRow, String> priority = column(
                "Priority", 80, r -> r.isHeading() ? "" : r.recommendation().priority());
        table.getColumns().setAll(List.of(number, title, ratingColumn(), theme, owner, milestone, priority));
        table.setTreeColumn(title);
        theme.visibleProperty().bind(model.groupByThemeProperty().not());
        table.setRowFactory(view -> headingAwareRow());
    }

    private TreeTableColumn<RegisterRow, RecommendationInsight.RatingMark> ratingColumn() {
        TreeTableColumn<RegisterRow, RecommendationInsight.RatingMark> rating = new TreeTableColumn<>("Rating");
        rating.setId("register-rating-column");
        rating.setPrefWidth(80);
        rating.setMinWidth(70);
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
        TreeTableRow<RegisterRow> row = new TreeTableRow<>() {
            @Override
            protected void updateItem(RegisterRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(HEADING, !empty && item != null && item.isHeading());
            }
        };
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

    private static TreeTableColumn<RegisterRow, String> column(
            String name, double width, Function<RegisterRow, String> value) {
        TreeTableColumn<RegisterRow, String> column = new TreeTableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().getValue())));
        return column;
    }
}
