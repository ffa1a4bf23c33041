package org.stocktake.letters.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterPdf;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.ElidedText;
import org.stocktake.shared.ui.FileDialogs;
import org.stocktake.shared.ui.Icons;

/**
 * The Letters area: the letters on the left, the open one in the editor, its comments and versions on the right.
 * Typing is saved about a second after it stops, and before another letter opens or the window closes.
 */
public final class LettersScreen {

    private final LettersViewModel model;
    private final BorderPane view = new BorderPane();
    private final ListView<Letter> list = new ListView<>();
    private final StackPane centre = new StackPane();
    private final LetterEditor editor;
    private final EditorActions actions;
    private final LetterDraftingModel drafting;
    private final PreviewPane preview;
    private final TabPane side;
    private final PauseTransition typingStopped = new PauseTransition(Duration.millis(1200));

    public LettersScreen(
            LettersViewModel model,
            LetterDraftingModel drafting,
            LetterSendingModel sending,
            LetterPdf pdfs,
            TaskRunner tasks,
            FileDialogs files) {
        this.model = model;
        this.drafting = drafting;
        view.setId("letters-view");
        view.getStylesheets().add(LettersScreen.class.getResource("letters.css").toExternalForm());
        actions = new EditorActions(model.editor(), model.history(), this::commentOn);
        editor = new LetterEditor(model, actions);
        actions.onAdded(editor::reveal);
        list.setId("letters-list");
        list.setItems(model.letters());
        list.setPlaceholder(new Label("No letters yet: start one with New letter."));
        list.setCellFactory(v -> new LetterCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.open(now);
            }
        });
        Button create = new Button("New letter\u2026", Icons.of(Feather.PLUS));
        create.setId("new-letter");
        create.setOnAction(e -> newLetter());
        Button templates = new Button("Templates\u2026", Icons.of(Feather.LAYOUT));
        templates.setId("letter-templates");
        templates.setOnAction(
                e -> TemplatesDialog.show(view.getScene().getWindow(), model.templatesModel(), pdfs, tasks));
        create.setMinWidth(Region.USE_PREF_SIZE);
        templates.setMinWidth(Region.USE_PREF_SIZE);
        Label heading = new Label("Letters");
        heading.getStyleClass().add("title-3");
        VBox left = new VBox(8, heading, new javafx.scene.layout.FlowPane(8, 6, create, templates), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.setMinWidth(200);
        preview = new PreviewPane(model, pdfs, tasks);
        Tab previewTab = tab("Preview", preview);
        side = new TabPane(
                previewTab,
                tab("Comments", new CommentsPane(model, () -> commentOn(null))),
                tab("Versions", new VersionsPane(model)),
                tab("Send", new SendPane(sending, model, files)));
        previewTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                preview.refresh();
            }
        });
        model.openProperty().addListener((obs, old, now) -> {
            if (previewTab.isSelected()) {
                preview.refresh();
            }
        });
        side.setId("letter-side");
        side.setMinWidth(330);
        Label nothing = new Label("Open a letter on the left, or start a new one.");
        nothing.getStyleClass().add("text-muted");
        centre.getChildren().setAll(nothing);
        BorderPane middle = new BorderPane(centre);
        middle.setTop(new VBox(toolbar(), staleBanner()));
        SplitPane split = new SplitPane(left, middle, side);
        split.setDividerPositions(0.19, 0.66);
        SplitPane.setResizableWithParent(left, false);
        view.setCenter(split);
        model.openProperty().addListener((obs, old, now) -> {
            centre.getChildren().setAll(now == null ? nothing : editor);
            editor.setDisable(now != null && !now.isDraft());
        });
        typingStopped.setOnFinished(e -> model.autosave());
        model.dirtyProperty().addListener((obs, was, now) -> typingStopped.playFromStart());
        model.editor().blocks.addListener((javafx.beans.InvalidationListener) changed -> typingStopped.playFromStart());
        model.editor().signatories.addListener((javafx.beans.InvalidationListener)
                changed -> typingStopped.playFromStart());
        model.editor().title.addListener((obs, old, now) -> typingStopped.playFromStart());
    }

    public Node view() {
        return view;
    }

    public LettersViewModel model() {
        return model;
    }

    /** The list of letters, for tests that drive the window. */
    public ListView<Letter> list() {
        return list;
    }

    /** The tabs beside the editor (preview, comments, versions, send), for tests that drive the window. */
    public TabPane side() {
        return side;
    }

    /** Reads the letters again; the area calls this each time it is shown. */
    public void reload() {
        model.load();
    }

    private Node toolbar() {
        Button undo = new Button(null, Icons.of(Feather.CORNER_UP_LEFT));
        undo.setId("letter-undo");
        undo.setTooltip(new Tooltip("Undo the last change to the letter"));
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Button delete = new Button("Delete draft", Icons.of(Feather.TRASH_2));
        delete.setId("delete-letter");
        delete.setOnAction(e -> model.deleteOpen());
        delete.disableProperty().bind(model.openProperty().isNull());
        Label status = new Label();
        status.setId("letters-status");
        status.textProperty().bind(model.statusProperty());
        status.textProperty().addListener((obs, old, now) -> ElidedText.mark(status, now));
        status.setMinWidth(0);
        Label unsaved = new Label();
        unsaved.setId("letter-saved-state");
        unsaved.getStyleClass().add("text-muted");
        unsaved.setMinWidth(Region.USE_PREF_SIZE);
        unsaved.textProperty()
                .bind(javafx.beans.binding.Bindings.when(model.savingProperty())
                        .then("Saving\u2026")
                        .otherwise(javafx.beans.binding.Bindings.when(model.dirtyProperty())
                                .then("Unsaved")
                                .otherwise("")));
        javafx.scene.control.MenuButton add = new javafx.scene.control.MenuButton("Add", Icons.of(Feather.PLUS));
        add.setId("add-part");
        add.setTooltip(new Tooltip("Add a part after the one being typed in"));
        for (BlockKind kind : BlockKind.values()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(kind.toString());
            item.setId("add-" + kind.name().toLowerCase());
            item.setOnAction(e -> actions.add(kind, editor.focusedBlock()));
            add.getItems().add(item);
        }
        add.disableProperty().bind(model.openProperty().isNull());
        javafx.scene.control.MenuButton insert = InsertMenu.of(drafting, editor);
        insert.disableProperty().bind(model.openProperty().isNull());
        for (javafx.scene.control.Control control : List.of(add, insert, undo, delete)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, add, insert, undo, delete);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox said = new HBox(8, status, unsaved);
        said.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, buttons, said);
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    private Node staleBanner() {
        Label said = new Label();
        said.setId("letter-stale");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE);
        said.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> drafting.stale().size() == 1
                                ? "A passage inserted from the panel's data is out of date: the data has changed since."
                                : drafting.stale().size() + " passages inserted from the panel's data are out of date.",
                        drafting.stale()));
        Button refresh = new Button("Refresh from the data");
        refresh.setId("letter-refresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setOnAction(e -> drafting.refreshAll());
        HBox banner = new HBox(10, said, refresh);
        HBox.setHgrow(said, Priority.ALWAYS);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.getStyleClass().add("letter-stale-banner");
        banner.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(drafting.stale()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void newLetter() {
        NewLetterDialog.ask(view.getScene().getWindow(), model.templates(), LocalDate.now())
                .ifPresent(choice -> model.create(choice.template(), choice.title(), choice.date()));
    }

    private void commentOn(EditableBlock block) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(view.getScene().getWindow());
        ask.setTitle("Comment");
        ask.setHeaderText(block == null ? "A comment on the whole letter" : "A comment on this part of the letter");
        ask.setContentText("Comment");
        ask.getEditor().setId("comment-text");
        ask.getEditor().setPrefColumnCount(36);
        ask.showAndWait().ifPresent(text -> model.comment(block == null ? null : block.id(), text));
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    /** A letter in the list: its title, then its date and status. */
    private static final class LetterCell extends ListCell<Letter> {
        @Override
        protected void updateItem(Letter letter, boolean empty) {
            super.updateItem(letter, empty);
            if (empty || letter == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(letter.title());
            Label detail = new Label(org.stocktake.letters.document.PlainLetter.DATE.format(
                            letter.document().date()) + " \u00b7 "
                    + letter.status().label());
            detail.getStyleClass().addAll("text-small", "text-muted");
            ElidedText.mark(title, letter.title());
            ElidedText.mark(detail, null);
            // A cell as wide as the list, not its text: long titles elide rather than scroll the list sideways.
            setPrefWidth(0);
            setGraphic(new VBox(2, title, detail));
        }
    }
}
