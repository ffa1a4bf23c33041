package org.stocktake.assessments.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.CitedEvidence;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.ElidedText;
import org.stocktake.shared.ui.Icons;

/**
 * Under the grid, for the selected row: the evidence its commentary cites, each a link that opens the document at its
 * page in the library, and a button to cite more (while the round is a draft).
 */
final class CitationBar extends VBox {

    private final CitationList citations;
    private final CitableLibrary library;
    private final AssessmentGridViewModel model;
    private final FlowPane links = new FlowPane(6, 4);

    CitationBar(AssessmentGridViewModel model, CitationList citations, CitableLibrary library, TaskRunner tasks) {
        this.model = model;
        this.citations = citations;
        this.library = library;
        setId("citation-bar");
        setSpacing(4);
        Label heading = new Label("Evidence cited:");
        heading.getStyleClass().add("text-bold");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Button cite = new Button("Cite evidence\u2026", Icons.of(Feather.BOOKMARK));
        cite.setId("cite-evidence");
        cite.setTooltip(new Tooltip("Cite a document of the library, at a page, in this assessment's commentary"));
        cite.setMinWidth(Region.USE_PREF_SIZE);
        cite.disableProperty().bind(model.readOnlyProperty());
        cite.setOnAction(e -> pick(tasks));
        links.setId("citation-links");
        links.setRowValignment(javafx.geometry.VPos.CENTER);
        HBox.setHgrow(links, Priority.ALWAYS);
        links.setPrefWidth(0);
        links.setMinWidth(0);
        setMinWidth(0);
        setPadding(new javafx.geometry.Insets(6, 12, 6, 12));
        HBox row = new HBox(8, heading, links, cite);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("citation-message");
        message.getStyleClass().add("text-danger");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(citations.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        getChildren().setAll(row, message);
        managedProperty().bind(visibleProperty());
        model.selectedProperty().addListener((obs, old, now) -> {
            setVisible(now != null);
            citations.show(now);
        });
        setVisible(model.selectedProperty().get() != null);
        citations.cited().addListener((ListChangeListener<CitedEvidence>) change -> draw());
        draw();
    }

    private void draw() {
        links.getChildren().clear();
        if (citations.cited().isEmpty()) {
            Label none = new Label("none yet");
            none.getStyleClass().add("text-muted");
            links.getChildren().add(none);
            return;
        }
        for (CitedEvidence c : citations.cited()) {
            Hyperlink open = new Hyperlink(c.label());
            open.getStyleClass().add("citation-link");
            // A long title is cut to fit beside the others, whole in the tooltip.
            open.setMaxWidth(340);
            open.setMinWidth(60);
            ElidedText.mark(open, c.label());
            open.setTooltip(new Tooltip("Open " + c.label() + " in the library"));
            open.setDisable(!c.present());
            open.setOnAction(e -> library.open(c.itemId(), c.page()));
            Button remove = new Button(null, Icons.of(Feather.X));
            remove.getStyleClass().addAll("flat", "citation-remove");
            remove.setTooltip(new Tooltip("Remove this citation"));
            remove.disableProperty().bind(model.readOnlyProperty());
            remove.setOnAction(e -> citations.remove(c));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            HBox chip = new HBox(0, open, remove);
            chip.setMinWidth(0);
            chip.setAlignment(Pos.CENTER_LEFT);
            links.getChildren().add(chip);
        }
    }

    private void pick(TaskRunner tasks) {
        Assessment row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        CitationPicker.ask(getScene().getWindow(), "recommendation " + row.number(), library, tasks)
                .ifPresent(p -> citations.cite(p.itemId(), p.page()));
    }
}
