package org.stocktake.recommendations.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.shared.ui.ElidedText;

/** Asks which document of the library holds the review whose recommendations are to be proposed. */
final class ProposedDocumentChoice extends Dialog<EvidenceItem> {

    private final ListView<EvidenceItem> list = new ListView<>();

    ProposedDocumentChoice(Window owner, List<EvidenceItem> items) {
        initOwner(owner);
        setTitle("Propose recommendations from a document");
        setHeaderText("Which document is the review?");
        setResizable(true);
        list.setId("propose-document");
        list.getItems().setAll(ordered(items));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceItem item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : shown(item);
                setText(text);
                // A long title is cut to the list's width, whole in its tooltip, rather than scrolled sideways.
                setPrefWidth(0);
                ElidedText.mark(this, text);
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(280);
        Label note = new Label("Stocktake looks for its numbered recommendations and the page each is on; you check"
                + " them in the import preview before anything is added.");
        note.setWrapText(true);
        VBox content = new VBox(10, note, list);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        ButtonType next = new ButtonType("Find recommendations", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(next, ButtonType.CANCEL);
        Button nextButton = (Button) getDialogPane().lookupButton(next);
        nextButton.setId("propose-document-confirm");
        nextButton
                .disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(button -> button == next ? list.getSelectionModel().getSelectedItem() : null);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                nextButton.fire();
            }
        });
    }

    /** The chosen document, or empty when the user cancels. */
    static Optional<EvidenceItem> ask(Window owner, List<EvidenceItem> items) {
        return new ProposedDocumentChoice(owner, items).showAndWait();
    }

    /** Reports and other documents first (a review is one of those), otherwise in the library's order. */
    static List<EvidenceItem> ordered(List<EvidenceItem> items) {
        return items.stream()
                .sorted(Comparator.comparingInt(ProposedDocumentChoice::rank))
                .toList();
    }

    private static int rank(EvidenceItem item) {
        return item.kind() == EvidenceKind.REPORT ? 0 : item.kind() == EvidenceKind.OTHER ? 1 : 2;
    }

    private static String shown(EvidenceItem item) {
        String date = item.dateShown();
        return item.title() + "  (" + item.kind().label() + (date.isEmpty() ? "" : ", " + date) + ", "
                + item.pageCount() + (item.pageCount() == 1 ? " page)" : " pages)");
    }
}
