package org.stocktake.letters.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.stocktake.letters.service.LetterTemplate;
import org.stocktake.shared.ui.UkDates;

/** Asks which template a new letter starts from, its title and its date. */
final class NewLetterDialog {

    /** What the person chose. */
    record Choice(LetterTemplate template, String title, LocalDate date) {}

    private NewLetterDialog() {}

    static Optional<Choice> ask(Window owner, List<LetterTemplate> templates, LocalDate today) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New letter");
        dialog.setHeaderText("Start a letter from a template");
        ComboBox<LetterTemplate> template = new ComboBox<>();
        template.setId("new-letter-template");
        template.getItems().setAll(templates);
        template.setConverter(new StringConverter<>() {
            @Override
            public String toString(LetterTemplate t) {
                return t == null ? "" : t.name();
            }

            @Override
            public LetterTemplate fromString(String text) {
                return null;
            }
        });
        template.setMaxWidth(Double.MAX_VALUE);
        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add("text-muted");
        description.setMinHeight(Region.USE_PREF_SIZE);
        description.setPrefWidth(380);
        TextField title = new TextField();
        title.setId("new-letter-title");
        title.setPromptText("e.g. Assessment letter, March 2016");
        DatePicker date = new DatePicker(today);
        date.setId("new-letter-date");
        date.setConverter(new UkDates());
        template.valueProperty().addListener((obs, old, now) -> {
            description.setText(now == null ? "" : now.description());
            if (title.getText().isBlank() || (old != null && title.getText().startsWith(old.name()))) {
                title.setText(now == null ? "" : now.name());
            }
        });
        if (!templates.isEmpty()) {
            template.getSelectionModel().selectFirst();
        }
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, new Label("Template"), template);
        form.add(description, 1, 1);
        form.addRow(2, new Label("Title"), title);
        form.addRow(3, new Label("Date"), date);
        Label hint = new Label("The addressee and signatories are whoever held the offices on this date.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        form.add(hint, 0, 4, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("new-letter-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(template.valueProperty().isNull().or(date.valueProperty().isNull()));
        dialog.setResultConverter(button ->
                button == ButtonType.OK ? new Choice(template.getValue(), title.getText(), date.getValue()) : null);
        return dialog.showAndWait();
    }
}
