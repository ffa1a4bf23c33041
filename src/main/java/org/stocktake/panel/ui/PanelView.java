package org.stocktake.panel.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.stocktake.panel.service.Appointment;
import org.stocktake.panel.service.PanelService;
import org.stocktake.shared.task.TaskRunner;

/** Who is on the panel and who it deals with: people, the offices they hold, and when. */
public final class PanelView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final TableView<Appointment> table = new TableView<>();

    public PanelView(PanelService service, TaskRunner tasks) {
        setId("panel-view");
        Label heading = new Label("People and offices");
        heading.getStyleClass().add("title-3");
        BorderPane.setMargin(heading, new Insets(12));
        setTop(heading);
        table.setId("panel-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No people recorded yet."));
        table.getColumns()
                .setAll(List.of(
                        column("Organisation", 260, a -> a.organisation().name()),
                        column("Name", 200, a -> a.person().displayName()),
                        column("Role", 140, a -> a.role().label()),
                        column("Office", 300, Appointment::officeTitle),
                        column("From", 100, a -> date(a.startsOn())),
                        column("To", 100, a -> date(a.endsOn()))));
        setCenter(table);
        tasks.run(
                "Loading people",
                progress -> service.appointments(),
                table.getItems()::setAll,
                error -> table.setPlaceholder(new Label("Could not load the people: " + error.getMessage())));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static TableColumn<Appointment, String> column(
            String name, double width, Function<Appointment, String> value) {
        TableColumn<Appointment, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
