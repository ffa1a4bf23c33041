package org.stocktake.app.ui;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.stocktake.app.AppContext;
import org.stocktake.app.HeapReturn;
import org.stocktake.assessments.ui.AssessmentScreen;
import org.stocktake.assessments.ui.DashboardScreen;
import org.stocktake.assessments.ui.RatingScalesDialog;
import org.stocktake.backup.ui.BackupActions;
import org.stocktake.evidence.service.Correspondence;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.ui.CorrespondenceView;
import org.stocktake.evidence.ui.EvidenceScreen;
import org.stocktake.evidence.ui.EvidenceViewModel;
import org.stocktake.letters.ui.LettersScreen;
import org.stocktake.members.ui.MembersScreen;
import org.stocktake.members.ui.MembersViewModel;
import org.stocktake.panel.ui.PanelView;
import org.stocktake.recommendations.service.ProposedImport;
import org.stocktake.recommendations.ui.RegisterScreen;
import org.stocktake.recommendations.ui.RegisterViewModel;
import org.stocktake.shared.Action;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.shared.ui.FileDialogs;

/**
 * The main window: the panel's areas on the left, the chosen area in the middle, a status bar below. It is shown at
 * once while the workspace opens in the background, then filled when the workspace is ready.
 */
public final class MainWindow {

    /** Below this width the navigation shows only icons, so the register and the grid keep their room. */
    static final double COMPACT_BELOW = 1200;

    private final Stage stage;
    private final WindowSettings settings;
    private final FxTaskRunner tasks;
    private final FileDialogs files;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Navigation navigation = new Navigation(this::show);
    private WindowStatus status;
    private final Map<Area, Node> views = new EnumMap<>(Area.class);
    /** Areas built when first shown, so that opening the window does not wait for them. */
    private final Map<Area, Supplier<Node>> later = new EnumMap<>(Area.class);

    private EvidenceScreen evidence;
    private LettersScreen letters;
    private WindowMenus menus;
    private RegisterScreen register;
    private AuditCheck auditCheck;
    private AssessmentScreen assessments;
    private AppContext context;
    private RoleLimits limits;

    public MainWindow(Stage stage, WindowSettings settings, FxTaskRunner tasks, FileDialogs files) {
        this.stage = stage;
        this.settings = settings;
        this.tasks = tasks;
        this.files = files;
        Theme.apply(settings.flag("theme.dark", false));
        root.setCenter(content);
        ProgressIndicator opening = new ProgressIndicator();
        opening.setMaxSize(48, 48);
        content.getChildren().setAll(opening);

        Scene scene = new Scene(root, WindowPlacement.PREFERRED_WIDTH, WindowPlacement.PREFERRED_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("stocktake.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Stocktake");
        WindowPlacement.restore(stage, settings);
    }

    /**
     * Adds the menus, the navigation and the status bar. The window is first shown without them, so it appears as soon
     * as the toolkit is up; {@link #open} furnishes it if nobody did before.
     */
    public void furnish() {
        if (menus != null) {
            return;
        }
        status = new WindowStatus(tasks);
        menus = new WindowMenus(this);
        root.setTop(menus.bar());
        root.setLeft(navigation.pane());
        root.setBottom(status.bar());
        navigation.compact(root.getWidth() < COMPACT_BELOW);
        root.widthProperty().addListener((obs, old, now) -> {
            boolean compact = now.doubleValue() < COMPACT_BELOW;
            if (compact != navigation.isCompact()) {
                navigation.compact(compact);
            }
        });
    }

    /** Fills the window from the opened workspace. */
    public void open(AppContext opened) {
        furnish();
        this.context = opened;
        limits = new RoleLimits(opened.signedIn());
        limits.hold(stage.getScene());
        menus.bar().setDisable(false);
        navigation.workspaceName(opened.workspace().info().name());
        status.folder(opened.workspace().folder().toString());
        stage.setTitle(opened.workspace().info().name() + " — Stocktake");
        RegisterViewModel model = new RegisterViewModel(
                opened.recommendations(),
                tasks,
                new LibraryInsight(
                        new AssessmentInsight(opened.recommendations(), opened.assessments()),
                        opened.recommendations(),
                        opened.evidence(),
                        opened.noteLinks(),
                        (id, page) -> openEvidence(opened.evidence().item(id), page)));
        model.groupByThemeProperty().set(settings.flag("register.groupByTheme", true));
        register = new RegisterScreen(model, opened.importer(), opened.exporter(), tasks, files);
        register.useLibrary(new ProposedImport(opened.importer(), opened.evidence()));
        auditCheck = new AuditCheck(opened.audit(), tasks, status.bar());
        model.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> loading, Boolean was, Boolean now) {
                if (was && !now) {
                    loading.removeListener(this);
                    StartupProbe.registerReady();
                    // Checking the whole trail is heavy: it waits until the register is on screen.
                    auditCheck.quietly(stage);
                    HeapReturn.inTheBackground();
                }
            }
        });
        // The register is what the user sees first: its load goes to the background thread before anything else, and
        // the other areas are built when first shown, so the window's thread is free to draw it when it arrives.
        model.load();
        views.put(Area.RECOMMENDATIONS, register.view());
        later.put(Area.ASSESSMENTS, () -> assessmentScreen().view());
        later.put(Area.DASHBOARD, () -> new DashboardScreen(opened.dashboards(), opened.recommendations(), tasks, files)
                .view());
        later.put(Area.EVIDENCE, () -> evidenceScreen().view());
        later.put(
                Area.CORRESPONDENCE,
                () -> new CorrespondenceView(
                        new Correspondence(opened.evidence(), Clock.systemDefaultZone()),
                        tasks,
                        this::openEvidence,
                        new LetterSignatures(opened.store(), opened.signing())));
        later.put(Area.LETTERS, () -> lettersScreen().view());
        later.put(Area.PANEL, () -> new PanelView(opened.panel(), tasks));
        later.put(Area.MEMBERS, () -> new MembersScreen(new MembersViewModel(
                        opened.members(), opened.panel(), opened.signedIn().permissions(), tasks))
                .view());
        status.follow();
        menus.bind(model);
        limits.hold(menus.bar());
        navigation.list().getItems().setAll(Area.values());
        Area last = Area.RECOMMENDATIONS;
        try {
            last = Area.valueOf(settings.text("view", Area.RECOMMENDATIONS.name()));
        } catch (IllegalArgumentException unknownView) {
            // A view from another version of Stocktake: start on the register.
        }
        navigation.list().getSelectionModel().select(last);
    }

    /**
     * Empties the window of the open workspace, which is handed back for the caller to close off the FX thread, and
     * shows {@code working} instead: for work on the whole folder, such as encrypting it. {@link #open} fills the
     * window again.
     */
    AppContext closeWorkspace(Node working) {
        saveWork();
        AppContext closing = context;
        context = null;
        limits.release(stage.getScene());
        navigation.list().getItems().clear();
        views.clear();
        later.clear();
        evidence = null;
        letters = null;
        register = null;
        assessments = null;
        menus.bar().setDisable(true);
        content.getChildren().setAll(working);
        status.follow();
        return closing;
    }

    /** Shows slow work under way before a workspace is open, such as making one. */
    public void showProgress(String message) {
        furnish();
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(48, 48);
        content.getChildren().setAll(working);
        status.working(message);
    }

    /** Shows a message where the register would be, e.g. when the workspace could not be opened. */
    public void showProblem(String message) {
        furnish();
        Label label = new Label(message);
        label.setWrapText(true);
        label.setMaxWidth(560);
        label.setId("open-problem");
        content.getChildren().setAll(label);
        status.notOpen();
    }

    void show(Area area) {
        if (area != null && !views.containsKey(area) && later.containsKey(area)) {
            views.put(area, later.remove(area).get());
        }
        if (area == null || !views.containsKey(area)) {
            return;
        }
        if (area == Area.CORRESPONDENCE && views.get(area) instanceof CorrespondenceView register) {
            register.reload();
        }
        if (area == Area.LETTERS && letters != null) {
            letters.reload();
        }
        Node shown =
                content.getChildren().isEmpty() ? null : content.getChildren().get(0);
        boolean returning = views.containsValue(shown) && shown != views.get(area);
        content.getChildren().setAll(views.get(area));
        if (area == Area.RECOMMENDATIONS && returning && register != null) {
            // Ratings may have changed in another area since the register was last read.
            register.model().load();
        }
        followUndo(area);
        followStatus(area);
        if (navigation.list().getSelectionModel().getSelectedItem() != area) {
            navigation.list().getSelectionModel().select(area);
        }
    }

    private void followUndo(Area area) {
        if (area == Area.RECOMMENDATIONS && register != null) {
            var model = register.model();
            menus.undoFor(model.undoStack(), model::undo, model::redo);
        } else if (area == Area.ASSESSMENTS && assessments != null) {
            var edits = assessments.model().edits();
            menus.undoFor(edits.undoStack(), edits::undo, edits::redo);
        } else {
            menus.undoFor(null, null, null);
        }
    }

    /**
     * The status bar speaks of the area on show: the register's messages while it is shown, and none of them once the
     * user has moved on (the other areas report in their own views), so a message never outlives what it was about.
     */
    private void followStatus(Area area) {
        if (area == Area.RECOMMENDATIONS && register != null) {
            status.speakFor(register.model().statusProperty());
        } else {
            if (register != null) {
                register.model().statusMessage("");
            }
            status.speakFor(null);
        }
    }

    /** Remembers the window's place and the user's choices for next time. */
    public void remember() {
        WindowPlacement.save(stage, settings);
        Area area = navigation.list().getSelectionModel().getSelectedItem();
        if (area != null) {
            settings.put("view", area.name());
        }
        if (register != null) {
            settings.put(
                    "register.groupByTheme",
                    register.model().groupByThemeProperty().get());
        }
        if (menus != null) {
            settings.put("theme.dark", menus.isDark());
        }
    }

    /** Verifies the audit trail now and reports the outcome. */
    void verifyAuditTrail() {
        if (auditCheck != null) {
            auditCheck.now(stage);
        }
    }

    /** Shows the rating scales; a scale chosen for a review shows in the assessment grid when it next loads. */
    void showRatingScales() {
        if (context != null) {
            new RatingScalesDialog(stage, context.scales(), context.recommendations()).showAndWait();
        }
    }

    Stage stage() {
        return stage;
    }

    /** The area's view on show, or the progress or problem shown in its place. */
    Node areaOnShow() {
        return content.getChildren().isEmpty() ? null : content.getChildren().get(0);
    }

    /** The evidence library, built on first use. */
    EvidenceScreen evidenceScreen() {
        if (evidence == null) {
            AppContext opened = context;
            evidence = new EvidenceScreen(
                    new EvidenceViewModel(
                            opened.evidence(),
                            opened::evidenceSearch,
                            opened::evidenceImporter,
                            opened.awaitingText(),
                            opened.annotations(),
                            opened.evidenceExport(),
                            tasks),
                    tasks,
                    files,
                    new RegisterLinks(opened.recommendations()),
                    opened.noteLinks());
        }
        return evidence;
    }

    /** The letters, built on first use. */
    LettersScreen lettersScreen() {
        if (letters == null) {
            letters = LettersArea.over(context, tasks, files);
        }
        return letters;
    }

    /** Saves what is typed and not yet saved (a letter being drafted), before the window closes. */
    public void saveWork() {
        if (letters != null) {
            letters.model().saveNow();
        }
    }

    /** Shows a document in the library. */
    void openEvidence(EvidenceItem item) {
        openEvidence(item, 1);
    }

    /** Shows a document in the library at a page. */
    void openEvidence(EvidenceItem item, int page) {
        show(Area.EVIDENCE);
        evidenceScreen().model().openAt(item, page);
    }

    /** The assessment grid, built on first use. */
    AssessmentScreen assessmentScreen() {
        if (assessments == null) {
            AppContext opened = context;
            assessments = new AssessmentScreen(
                    opened.assessments(),
                    opened.scales(),
                    opened.recommendations(),
                    tasks,
                    opened.citations(),
                    new LibraryCitations(
                            opened.evidence(),
                            opened::evidenceSearch,
                            (id, page) -> openEvidence(opened.evidence().item(id), page)));
            limits.refusal(Action.RATE).ifPresent(why -> assessments.model().readOnlyForRole());
        }
        return assessments;
    }

    RegisterScreen register() {
        return register;
    }

    WindowSettings settings() {
        return settings;
    }

    AppContext context() {
        return context;
    }

    /** The File menu's passphrase change for an encrypted workspace. */
    PassphraseActions passphrases() {
        return new PassphraseActions(tasks);
    }

    /** The File menu's encrypting of a plain workspace where it is. */
    WorkspaceEncrypting encrypting() {
        return new WorkspaceEncrypting(this, tasks, Clock.systemDefaultZone());
    }

    /** The File menu's backup actions: backing up the open workspace, restoring a backup into a new folder. */
    BackupActions backups() {
        Clock clock = Clock.systemDefaultZone();
        return new BackupActions(
                () -> context == null ? null : context.backups(),
                passphrase -> AppContext.restoring(clock, passphrase),
                PassphraseDialog::askForBackup,
                tasks,
                files,
                clock);
    }
}
