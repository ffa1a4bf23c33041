package org.stocktake.panel.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import org.stocktake.panel.service.Appointment;
import org.stocktake.panel.service.PanelService;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.ElidedText;

/** Who is on the panel and who it deals with: people, the offices they hold, and when. */
public final class PanelView extends BorderPane {

    private static final Logger LOG = Logger.getLogger(PanelView.class.getName());

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
                        freeText(column(
                                "Organisation", 260, a -> a.organisation().name())),
                        whole(column("Name", 250, a -> a.person().displayName())),
                        whole(column("Role", 150, a -> a.role().label())),
                        freeText(column("Office", 300, Appointment::officeTitle)),
                        whole(column("From", 112, a -> date(a.startsOn()))),
                        whole(column("To", 112, a -> date(a.endsOn())))));
        setCenter(table);
        tasks.run("Loading people", progress -> service.appointments(), table.getItems()::setAll, error -> {
            LOG.log(Level.WARNING, "The panel's people could not be read", error);
            table.setPlaceholder(
                    new Label("The people could not be read. Close and reopen the workspace to try again."));
        });
    }

    /**
     * Names, roles and dates are short and always shown whole: the column widens to the widest value drawn, and the
     * resize policy takes room from the organisations and offices instead.
     */
    private static TableColumn<Appointment, String> whole(TableColumn<Appointment, String> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }

            @Override
            protected void layoutChildren() {
                // Measured here, once the theme's font is applied; a new cell's font is still the default one.
                if (getText() != null && !getText().isEmpty()) {
                    Text measure = new Text(getText());
                    measure.setFont(getFont());
                    double needed = Math.ceil(
                            measure.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset() + 4);
                    if (needed > column.getMaxWidth()) {
                        // Through the table, so its resize policy takes the room from the columns that can give it.
                        double wider = needed - column.getWidth();
                        column.setMaxWidth(needed);
                        getTableView().resizeColumn(column, wider);
                        column.setMinWidth(needed);
                        column.setPrefWidth(needed);
                    }
                }
                super.layoutChildren();
            }
        });
        return column;
    }

    /** Organisations and offices may be long: cut short when room is scarce, whole in the tooltip. */
    private static TableColumn<Appointment, String> freeText(TableColumn<Appointment, String> column) {
        column.setMinWidth(120);
        column.setCellFactory(c -> ElidedText.tableCell());
        return column;
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
