package org.stocktake.evidence.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.evidence.service.Correspondence;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.Letter;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.ElidedText;
import org.stocktake.shared.ui.Icons;

/**
 * The correspondence register: letters in and out on a timeline, oldest first, each reply under the letter it
 * answers, with the replies still awaited and those overdue. A letter opens in the library.
 */
public final class CorrespondenceView extends BorderPane {

    private static final Logger LOG = Logger.getLogger(CorrespondenceView.class.getName());

    private final Correspondence correspondence;
    private final TaskRunner tasks;
    private final TableView<Letter> table = new TableView<>();
    private final CheckBox overdueOnly = new CheckBox("Overdue replies only");
    private final Label count = new Label();
    private final SignatureSummary signatures;
    private Map<Long, String> signed = Map.of();

    /** The letters read, with each one's signatures as checked then. */
    private record Listed(List<Letter> letters, Map<Long, String> signatures) {}

    public CorrespondenceView(Correspondence correspondence, TaskRunner tasks, Consumer<EvidenceItem> open) {
        this(correspondence, tasks, open, SignatureSummary.NONE);
    }

    /** As above, with each letter's signatures checked when the letters are read. */
    public CorrespondenceView(
            Correspondence correspondence, TaskRunner tasks, Consumer<EvidenceItem> open, SignatureSummary signatures) {
        this.signatures = signatures;
        this.correspondence = correspondence;
        this.tasks = tasks;
        setId("correspondence-view");
        Label heading = new Label("Correspondence");
        heading.getStyleClass().add("title-3");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        overdueOnly.setId("correspondence-overdue");
        overdueOnly.setMinWidth(Region.USE_PREF_SIZE);
        overdueOnly.selectedProperty().addListener((obs, old, now) -> reload());
        count.setId("correspondence-count");
        count.getStyleClass().add("text-muted");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button refresh = new Button(null, Icons.of(Feather.REFRESH_CW));
        refresh.setId("correspondence-refresh");
        refresh.setTooltip(new Tooltip("Read the letters again"));
        refresh.setOnAction(e -> reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, heading, overdueOnly, spacer, count, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 12, 10, 12));
        setTop(top);
        table.setId("correspondence-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No letters yet: letters added to the library appear here."));
        table.getColumns()
                .setAll(List.of(
                        column("Date", 120, l -> l.item().dateShown()),
                        column("In/out", 70, l -> l.item().kind().label().replace("letter ", "")),
                        column("From", 170, l -> l.item().from()),
                        column("To", 170, l -> l.item().to()),
                        column(
                                "Subject",
                                300,
                                l -> "\u2003".repeat(l.depth())
                                        + (l.depth() > 0 ? "\u21b3 " : "")
                                        + l.item().title()),
                        column(
                                "Reply by",
                                110,
                                l -> l.item().replyBy() == null
                                        ? ""
                                        : l.item().replyBy().toString()),
                        column("Status", 120, l -> l.reply().label()),
                        column(
                                "Signatures",
                                130,
                                l -> signed.getOrDefault(l.item().id(), ""))));
        table.setRowFactory(view -> {
            TableRow<Letter> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().item());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            Letter chosen = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null) {
                open.accept(chosen.item());
            }
        });
        setCenter(table);
        reload();
    }

    /** Reads the letters again. */
    public void reload() {
        boolean overdue = overdueOnly.isSelected();
        tasks.run(
                "Reading the correspondence",
                progress -> {
                    List<Letter> read = overdue ? correspondence.overdue() : correspondence.letters();
                    Map<Long, String> checked = new HashMap<>();
                    for (Letter letter : read) {
                        checked.put(letter.item().id(), signatures.of(letter.item()));
                    }
                    return new Listed(read, checked);
                },
                listed -> {
                    // The signatures are taken on the window's thread with the letters they belong to.
                    signed = listed.signatures();
                    table.getItems().setAll(listed.letters());
                    List<Letter> letters = listed.letters();
                    count.setText(letters.size() + (letters.size() == 1 ? " letter" : " letters"));
                },
                error -> {
                    LOG.log(Level.WARNING, "The correspondence could not be read", error);
                    table.setPlaceholder(new Label("The letters could not be read: " + error.getMessage()));
                });
    }

    private static TableColumn<Letter, String> column(String name, double width, Function<Letter, String> value) {
        TableColumn<Letter, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> ElidedText.tableCell());
        return column;
    }
}
