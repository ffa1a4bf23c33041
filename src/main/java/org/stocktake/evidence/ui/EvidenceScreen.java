package org.stocktake.evidence.ui;

import atlantafx.base.controls.CustomTextField;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.evidence.service.NoteLinks;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.shared.ui.ElidedText;
import org.stocktake.shared.ui.FileDialogs;
import org.stocktake.shared.ui.Icons;
import org.stocktake.shared.ui.UkDates;

/**
 * The evidence library: the documents (or the results of a search) on the left, the open document on the right.
 * Files are added with the buttons or by dropping them (folders too) anywhere on the screen; adding runs in the
 * background with its progress and a button to stop it.
 */
public final class EvidenceScreen {

    private static final String[] EXTENSIONS = {
        "pdf", "docx", "odt", "txt", "md", "eml", "png", "jpg", "jpeg", "tif", "tiff"
    };

    private static final javafx.scene.input.KeyCombination FIND = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final EvidenceViewModel model;
    private final FxTaskRunner tasks;
    private final FileDialogs files;
    private final BorderPane view = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final EvidenceTable table;
    private final ListView<SearchRow> results = new ListView<>();
    private final ToggleButton showFilters = new ToggleButton(null, Icons.of(Feather.FILTER));

    public EvidenceScreen(
            EvidenceViewModel model,
            FxTaskRunner tasks,
            FileDialogs files,
            RecommendationLinks recommendations,
            NoteLinks noteLinks) {
        this.model = model;
        this.tasks = tasks;
        this.files = files;
        this.table = new EvidenceTable(model);
        view.setId("evidence-view");
        view.getStylesheets()
                .add(EvidenceScreen.class.getResource("evidence.css").toExternalForm());
        results.setId("search-results");
        results.setItems(model.results());
        results.setCellFactory(list -> new ResultCell());
        results.setPlaceholder(new Label("Nothing found."));
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.open(now);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.open(now);
            }
        });
        StackPane list = new StackPane(table, results);
        table.visibleProperty().bind(model.searchingProperty().not());
        results.visibleProperty().bind(model.searchingProperty());
        DocumentPane document = new DocumentPane(
                model, recommendations, new NoteLinking(noteLinks, tasks, model.messageProperty()::set), files);
        SplitPane split = new SplitPane(list, document);
        // Ctrl+F finds in the open document, or else in the library, rather than leaving for the register's filter.
        view.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                if (!document.openFind()) {
                    focusSearch();
                }
                e.consume();
            }
        });
        split.setDividerPositions(0.5);
        list.setMinWidth(300);
        SplitPane.setResizableWithParent(list, false);
        view.setTop(new VBox(toolbar(), filters(recommendations)));
        view.setCenter(split);
        view.setBottom(progress());
        acceptDrops();
        model.load();
        model.readWaitingPictures();
    }

    public Node view() {
        return view;
    }

    public EvidenceViewModel model() {
        return model;
    }

    /** The list of documents. */
    public javafx.scene.control.TableView<org.stocktake.evidence.service.EvidenceItem> library() {
        return table;
    }

    /** The list of search results. */
    public ListView<SearchRow> searchResults() {
        return results;
    }

    private Node toolbar() {
        Button addFiles = new Button("Add files…", Icons.of(Feather.FILE_PLUS));
        addFiles.setId("evidence-add-files");
        addFiles.setTooltip(new Tooltip("Add documents to the library (or drop files on this window)"));
        addFiles.setOnAction(e -> addFiles());
        Button addFolder = new Button("Add folder…", Icons.of(Feather.FOLDER_PLUS));
        addFolder.setId("evidence-add-folder");
        addFolder.setTooltip(new Tooltip("Add every document in a folder and the folders inside it"));
        addFolder.setOnAction(e -> addFolder());
        for (Button button : List.of(addFiles, addFolder)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.disableProperty().bind(model.addingProperty());
        }
        search.setId("evidence-search");
        search.setPromptText("Search every document");
        search.setLeft(Icons.of(Feather.SEARCH));
        search.setTooltip(new Tooltip(
                "All words must appear; \"quoted words\" together; word* for words it begins. Press Enter."));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setOnAction(e -> model.search());
        search.textProperty().addListener((obs, old, now) -> {
            if (now == null || now.isBlank()) {
                model.search();
            }
        });
        search.setMinWidth(160);
        search.setPrefWidth(320);
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<EvidenceKind> kind = new ComboBox<>();
        kind.setId("evidence-kind-filter");
        kind.getItems().add(null);
        kind.getItems().addAll(EvidenceKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvidenceKind k) {
                return k == null ? "All kinds" : k.label();
            }

            @Override
            public EvidenceKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.valueProperty().addListener((obs, old, now) -> {
            if (model.searchingProperty().get()) {
                model.search();
            }
        });
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("evidence-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        message.textProperty().addListener((obs, old, now) -> ElidedText.mark(message, now));
        message.setMinWidth(60);
        HBox.setHgrow(message, Priority.SOMETIMES);
        showFilters.setId("evidence-filters");
        showFilters.setTooltip(new Tooltip("Filter by date, person or tag"));
        showFilters.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, addFiles, addFolder, search, kind, showFilters, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        return bar;
    }

    /** Filters beyond the kind, folded away until asked for. */
    private Node filters(RecommendationLinks recommendations) {
        DatePicker from = new DatePicker();
        from.setId("evidence-filter-from");
        from.setConverter(new UkDates());
        from.setPromptText("From");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("evidence-filter-to");
        to.setConverter(new UkDates());
        to.setPromptText("To");
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField person = new TextField();
        person.setId("evidence-filter-person");
        person.setPromptText("From or to (a name)");
        person.textProperty().bindBidirectional(model.personProperty());
        TextField tag = new TextField();
        tag.setId("evidence-filter-tag");
        tag.setPromptText("Tag");
        tag.textProperty().bindBidirectional(model.tagProperty());
        for (Region field : List.of(from, to, person, tag)) {
            field.setMinWidth(110);
            field.setPrefWidth(150);
        }
        Button apply = new Button("Apply");
        apply.setId("evidence-filter-apply");
        apply.setMinWidth(Region.USE_PREF_SIZE);
        apply.setOnAction(e -> model.search());
        person.setOnAction(e -> model.search());
        tag.setOnAction(e -> model.search());
        Button bearing = new Button("Bears on\u2026", Icons.of(Feather.LINK));
        bearing.setId("evidence-filter-recommendation");
        bearing.setMinWidth(100);
        bearing.setMaxWidth(260);
        bearing.setTooltip(new Tooltip("Only documents that bear on a recommendation, themselves or through a note"));
        bearing.setOnAction(
                e -> recommendations.choose(view.getScene().getWindow()).ifPresent(id -> {
                    model.bearingOnProperty().set(id);
                    model.search();
                }));
        model.bearingOnProperty().addListener((obs, old, now) -> {
            String text = now == null ? "Bears on\u2026" : "Bears on " + recommendations.describe(now);
            bearing.setText(text);
            ElidedText.mark(bearing, text);
        });
        Button clear = new Button("Clear");
        clear.setId("evidence-filter-clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> {
            from.setValue(null);
            to.setValue(null);
            person.clear();
            tag.clear();
            model.bearingOnProperty().set(null);
            model.search();
        });
        HBox row = new HBox(8, from, to, person, tag, bearing, apply, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 12, 10, 12));
        row.visibleProperty().bind(showFilters.selectedProperty());
        row.managedProperty().bind(showFilters.selectedProperty());
        return row;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("evidence-progress");
        bar.progressProperty().bind(tasks.progressProperty());
        bar.setPrefWidth(260);
        Label what = new Label();
        what.textProperty().bind(tasks.messageProperty());
        what.textProperty().addListener((obs, old, now) -> ElidedText.mark(what, now));
        what.setMinWidth(60);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        Button stop = new Button("Stop");
        stop.setId("evidence-stop");
        stop.setTooltip(new Tooltip("Stop after the file being read; what was added stays"));
        stop.setOnAction(e -> tasks.stopCurrent());
        stop.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, bar, what, stop);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 12, 6, 12));
        box.visibleProperty().bind(model.addingProperty());
        box.managedProperty().bind(model.addingProperty());
        return new VBox(box);
    }

    /** Opens the chooser for files to add. */
    public void addFiles() {
        List<Path> chosen =
                files.openMany(view.getScene().getWindow(), "Add documents to the library", "Documents", EXTENSIONS);
        add(chosen);
    }

    /** Opens the chooser for a folder to add. */
    public void addFolder() {
        files.folder(view.getScene().getWindow(), "Add a folder of documents")
                .ifPresent(folder -> add(List.of(folder)));
    }

    /** Adds files and folders, then says what happened. */
    public void add(List<Path> paths) {
        model.add(paths, summary -> AddSummaryDialog.show(view.getScene().getWindow(), summary));
    }

    private void acceptDrops() {
        view.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !model.addingProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        view.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent event) {
        boolean taken =
                event.getDragboard().hasFiles() && !model.addingProperty().get();
        if (taken) {
            add(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(taken);
        event.consume();
    }

    /** Puts the cursor in the search field. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
