package org.stocktake.assessments.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.Dashboard;
import org.stocktake.assessments.service.DashboardService;

/** The dashboard's two lists side by side: what is not moving, and what the open round still lacks. */
final class DashboardLists extends HBox {

    private static final double LIST_ROWS = 4.5;

    DashboardLists(DashboardViewModel model) {
        super(12);
        ListView<Dashboard.Unmoved> unmoved = list("dashboard-unmoved", model.unmoved(), DashboardUnmovedCell.HEIGHT);
        unmoved.setCellFactory(view -> new DashboardUnmovedCell());
        String streak = DashboardService.UNMOVED_ROUNDS + " rounds or more.";
        unmoved.setPlaceholder(DashboardCard.hint("No rating has stayed the same for " + streak));
        DashboardCard unmovedCard = DashboardCard.of(
                DashboardCard.heading("Not moving"),
                DashboardCard.hint("Recommendations whose rating has stayed the same for " + streak),
                unmoved);

        ListView<Assessment> unassessed =
                list("dashboard-unassessed", model.unassessed(), DashboardUnassessedCell.HEIGHT);
        unassessed.setCellFactory(view -> new DashboardUnassessedCell());
        Label placeholder = DashboardCard.hint("");
        placeholder.setId("dashboard-unassessed-empty");
        placeholder.textProperty().bind(model.unassessedEmptyProperty());
        unassessed.setPlaceholder(placeholder);
        Label heading = DashboardCard.heading("");
        heading.setId("dashboard-open-round");
        heading.textProperty().bind(model.unassessedHeadingProperty());
        DashboardCard unassessedCard = DashboardCard.of(
                heading,
                DashboardCard.hint("Recommendations the open round has not rated yet; a rating carried from the last"
                        + " round counts once someone confirms it."),
                unassessed);
        HBox.setHgrow(unmovedCard, Priority.ALWAYS);
        HBox.setHgrow(unassessedCard, Priority.ALWAYS);
        unmovedCard.setPrefWidth(520);
        unassessedCard.setPrefWidth(420);
        getChildren().setAll(unmovedCard, unassessedCard);
    }

    private static <T> ListView<T> list(String id, ObservableList<T> items, double rowHeight) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setFixedCellSize(rowHeight);
        list.setPrefHeight(rowHeight * LIST_ROWS + 2);
        list.setMinHeight(rowHeight * 3 + 2);
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }
}
