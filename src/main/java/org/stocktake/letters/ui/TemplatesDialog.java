package org.stocktake.letters.ui;

import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.letters.service.LetterPdf;
import org.stocktake.letters.service.LetterTemplate;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.Icons;

/**
 * The Templates window: the templates on the left (built-in ones marked, read-only), the one chosen in the editor,
 * and beside it a letter made from it today. Nothing typed is lost unasked: choosing another template or closing
 * with unsaved changes asks whether to save them.
 */
final class TemplatesDialog {

    private final TemplatesModel model;
    private final Stage stage = new Stage();
    private final ListView<LetterTemplate> list = new ListView<>();
    private final TemplateEditor editor;
    private final PreviewPane preview;
    private final PauseTransition typingStopped = new PauseTransition(Duration.millis(1200));
    private boolean reverting;

    private TemplatesDialog(Window owner, TemplatesModel model, LetterPdf pdfs, TaskRunner tasks) {
        this.model = model;
        editor = new TemplateEditor(model);
        preview = new PreviewPane(
                () -> model.preview(pdfs, LocalDate.now()),
                "Choose a template.",
                e -> model.say(e.getMessage()),
                tasks);
        BorderPane root = new BorderPane();
        root.setId("templates-dialog");
        root.getStylesheets()
                .add(TemplatesDialog.class.getResource("letters.css").toExternalForm());
        Label previewHeading = heading("A letter made from it today");
        VBox right = new VBox(6, previewHeading, preview);
        right.setPadding(new Insets(10, 10, 0, 10));
        VBox.setVgrow(preview, Priority.ALWAYS);
        right.setMinWidth(260);
        SplitPane split = new SplitPane(left(), editor, right);
        split.setDividerPositions(0.2, 0.68);
        root.setCenter(split);
        root.setBottom(bottom());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Letter templates");
        stage.setScene(new Scene(root, Math.min(1280, owner.getWidth() - 40), Math.max(400, owner.getHeight() - 60)));
        stage.setOnCloseRequest(e -> {
            if (!mayLeave()) {
                e.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> choose(old, now));
        model.openProperty().addListener((obs, old, now) -> {
            editor.readOnly(now == null || now.builtIn());
            preview.refresh();
        });
        typingStopped.setOnFinished(e -> preview.refresh());
        model.dirtyProperty().addListener((obs, was, now) -> typingStopped.playFromStart());
        model.parts.blocks.addListener((javafx.beans.InvalidationListener) changed -> typingStopped.playFromStart());
        model.signatories.addListener((javafx.beans.InvalidationListener) changed -> typingStopped.playFromStart());
        model.addressee.addListener((obs, old, now) -> typingStopped.playFromStart());
    }

    /** Opens the window over {@code owner}, the first template chosen. */
    static void show(Window owner, TemplatesModel model, LetterPdf pdfs, TaskRunner tasks) {
        TemplatesDialog dialog = new TemplatesDialog(owner, model, pdfs, tasks);
        model.load();
        dialog.list.setItems(model.templates());
        dialog.list.getSelectionModel().selectFirst();
        dialog.stage.show();
    }

    private VBox left() {
        list.setId("templates-list");
        list.setCellFactory(v -> new TemplateCell());
        list.setPlaceholder(new Label("No templates."));
        Button duplicate = new Button("Duplicate\u2026", Icons.of(Feather.COPY));
        duplicate.setId("template-duplicate");
        duplicate.setOnAction(e -> duplicate());
        Button delete = new Button("Delete\u2026", Icons.of(Feather.TRASH_2));
        delete.setId("template-delete");
        delete.setOnAction(e -> delete());
        duplicate.disableProperty().bind(model.openProperty().isNull());
        delete.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.openProperty().get() == null
                                || model.openProperty().get().builtIn(),
                        model.openProperty()));
        duplicate.setMinWidth(Region.USE_PREF_SIZE);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        VBox left = new VBox(8, heading("Templates"), list, new FlowPane(8, 6, duplicate, delete));
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.setMinWidth(200);
        return left;
    }

    private HBox bottom() {
        Label status = new Label();
        status.setId("templates-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label unsaved = new Label();
        unsaved.getStyleClass().add("text-muted");
        unsaved.setMinWidth(Region.USE_PREF_SIZE);
        unsaved.textProperty()
                .bind(Bindings.when(model.dirtyProperty()).then("Unsaved").otherwise(""));
        Button save = new Button("Save", Icons.of(Feather.SAVE));
        save.setId("template-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> {
            if (model.save()) {
                list.refresh();
            }
        });
        Button close = new Button("Close");
        close.setId("templates-close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (mayLeave()) {
                stage.close();
            }
        });
        save.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(10, status, unsaved, save, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 12, 10, 12));
        return bottom;
    }

    private void choose(LetterTemplate old, LetterTemplate now) {
        if (reverting
                || (now != null
                        && old != null
                        && now.id() == old.id()
                        && model.openProperty().get() != null
                        && model.openProperty().get().id() == now.id())) {
            return;
        }
        if (!mayLeave()) {
            reverting = true;
            Platform.runLater(() -> {
                list.getSelectionModel().select(old);
                reverting = false;
            });
            return;
        }
        model.open(now);
    }

    /** Whether the open template may be left: nothing unsaved, or saved, or the person chose to drop it. */
    private boolean mayLeave() {
        if (!model.dirtyProperty().get() || model.openProperty().get() == null) {
            return true;
        }
        return switch (TemplateQuestions.unsaved(
                stage, model.openProperty().get().name())) {
            case SAVE -> model.save();
            case DROP -> true;
            case STAY -> false;
        };
    }

    private void duplicate() {
        String source = model.openProperty().get().name();
        TemplateQuestions.copyName(stage, source, model.dirtyProperty().get())
                .ifPresent(name -> quietly(() -> {
                    if (model.duplicate(name)) {
                        list.getSelectionModel().select(model.openProperty().get());
                    }
                }));
    }

    private void delete() {
        if (TemplateQuestions.delete(stage, model.openProperty().get().name())) {
            quietly(() -> {
                if (model.delete()) {
                    list.getSelectionModel().clearSelection();
                }
            });
        }
    }

    /** Changes the list as the model does, not as the person chose: nothing is asked and nothing else opens. */
    private void quietly(Runnable change) {
        reverting = true;
        try {
            change.run();
        } finally {
            reverting = false;
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }
}
