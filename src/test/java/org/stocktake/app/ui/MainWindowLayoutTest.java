package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.testing.LayoutCase;
import org.stocktake.testing.LayoutInspector;
import org.testfx.framework.junit5.Start;

/**
 * Opens every screen and dialog of the main window that the register owns, at the smallest supported window and a
 * large one, light and dark, and fails when text is cut to an ellipsis, a control lies outside its window, or a dialog
 * is larger than the screen. One window serves all the screens of a case; each is saved as
 * {@code target/layout/<screen>-<case>.png} for a person to look at.
 */
class MainWindowLayoutTest extends MainWindowTestBase {

    private static final Path SHOTS = Path.of("target", "layout");

    private final Map<String, List<String>> problems = new LinkedHashMap<>();
    private LayoutCase layout;
    private EvidenceItem review;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @ParameterizedTest
    @EnumSource(LayoutCase.class)
    void everyScreenFitsItsWindowWithNothingCut(LayoutCase layout) throws IOException {
        this.layout = layout;
        correctTheFirstRatingOfRecommendation("2");
        onFx(() -> {
            layout.applyTheme();
            Stage stage = window.stage();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(layout.width);
            stage.setHeight(layout.height);
            return null;
        });
        waitUntil(
                "the window takes the case's size",
                () -> window.stage().getScene().getWidth() == layout.width);

        register();
        editors();
        importWithProblems();
        proposeFromADocument();
        keysAndAudit();
        everyArea();
        exportAsksWhichReview();
        workspaceDialogs();

        assertThat(problems)
                .as("layout problems, by screen, at " + layout.label())
                .isEmpty();
    }

    private void register() {
        clickRecommendation("2");
        waitUntil("the history is read", () -> showing("#detail-history .timeline-correction"));
        check("register", mainScene());
        onFx(() -> {
            window.register().model().groupByThemeProperty().set(false);
            return null;
        });
        waitUntil("the register is flat", () -> shownHeadings().isEmpty());
        check("register-flat", mainScene());
        onFx(() -> {
            window.register().model().groupByThemeProperty().set(true);
            return null;
        });
        waitUntil("the register is grouped", () -> !shownHeadings().isEmpty());
    }

    private void editors() {
        Platform.runLater(() -> window.register().create());
        check("editor-new", dialogShowing("#editor-number"));
        closeDialog("#editor-number");

        Platform.runLater(() -> window.register().edit());
        check("editor-edit", dialogShowing("#editor-number"));
        closeDialog("#editor-number");
    }

    private void importWithProblems() throws IOException {
        files.answer(copy("/imports/bad/several-problems.csv"));
        Platform.runLater(() -> window.register().importFile());
        Scene dialog = dialogShowing("#import-new");
        onFx(() -> {
            ((RadioButton) dialog.lookup("#import-new")).setSelected(true);
            ((TextField) dialog.lookup("#import-new-code")).setText("panel-2015");
            ((TextField) dialog.lookup("#import-new-title")).setText("The panel's own list of recommendations");
            return null;
        });
        waitUntil("the file is checked for the new review", () -> text("#import-summary")
                .endsWith("until the file is corrected."));
        check("import", dialog);
        double titleWidth =
                onFx(() -> dialog.lookup("#import-new-title").getBoundsInLocal().getWidth());
        if (titleWidth < 200) {
            problem("import", "the new review's title box is only " + (int) titleWidth + " px wide");
        }
        closeDialog("#import-new");
    }

    /** The library's documents to choose the review from, then its recommendations in the import preview. */
    private void proposeFromADocument() throws IOException {
        if (review == null) {
            review = ProposeFromDocumentWindowTest.addTheReview(this, Files.createTempDirectory(folder, "review"));
        }
        Platform.runLater(() -> window.register().proposeFromDocument());
        Scene choice = dialogShowing("#propose-document");
        ProposeFromDocumentWindowTest.chooseTheReview(this, review);
        check("propose-document", choice);
        onFx(() -> {
            ((Button) choice.lookup("#propose-document-confirm")).fire();
            return null;
        });
        Scene preview = dialogShowing("#proposed-rows");
        waitUntil("the proposals are checked against the demo review", () -> text("#import-summary")
                .endsWith("until they are corrected."));
        check("propose-preview", preview);
        closeDialog("#proposed-rows");
    }

    private void keysAndAudit() {
        Platform.runLater(() -> menuItem("menu-shortcuts").fire());
        check("keys", dialogShowing("#key-list"));
        closeDialog("#key-list");

        onFx(() -> {
            window.verifyAuditTrail();
            return null;
        });
        Scene verified =
                dialogWhere("the audit trail's result", pane -> "Audit trail verified".equals(pane.getHeaderText()));
        check("audit-verified", verified);
        onFx(() -> {
            verified.getWindow().hide();
            return null;
        });
    }

    /** The navigation, menus and status bar at each area; the areas' own content is checked by their own tests. */
    private void everyArea() {
        for (Area area : Area.values()) {
            onFx(() -> {
                window.show(area);
                return null;
            });
            waitUntil(area.label + " is shown", () -> !tasks.busyProperty().get());
            Node content = onFx(window::areaOnShow);
            boolean ownContent = area == Area.RECOMMENDATIONS || area == Area.PANEL;
            String name = "area-" + area.name().toLowerCase(Locale.ROOT);
            if (area == Area.PANEL) {
                waitUntil("the people are drawn", () -> showing("#panel-table .table-row-cell .table-cell"));
                name = "panel";
            }
            if (ownContent) {
                check(name, mainScene());
            } else {
                checkAround(name, content);
            }
        }
        onFx(() -> {
            window.show(Area.RECOMMENDATIONS);
            return null;
        });
    }

    private void exportAsksWhichReview() {
        onFx(() -> {
            context.recommendations()
                    .createReview(
                            new ReviewDraft("commissioners-2023", "Commissioners' first report", null, null, null));
            window.register().model().load();
            return null;
        });
        waitUntil(
                "both reviews are offered",
                () -> window.register().model().reviews().size() == 2);
        Platform.runLater(() -> window.register().exportFile());
        check("export-which-review", dialogShowing("#export-review"));
        closeDialog("#export-review");
        assertThat(files.asked())
                .as("no file is asked for once the question is cancelled")
                .doesNotContain("Export recommendations");
    }

    /** The question for a folder with no workspace, encrypting chosen, and the passphrase asked again. */
    private void workspaceDialogs() {
        Platform.runLater(() -> NewWorkspaceDialog.ask(window.stage(), folder.resolve("new-panel"), answer -> {}));
        Scene asked = dialogShowing("#new-workspace-dialog");
        onFx(() -> {
            ((CheckBox) asked.lookup("#encrypt")).setSelected(true);
            return null;
        });
        check("new-workspace", asked);
        closeDialog("#new-workspace-dialog");

        Platform.runLater(() -> PassphraseDialog.ask(
                window.stage(),
                folder,
                "That passphrase is not right. Type it again, minding capitals and spaces.",
                typed -> {}));
        check("passphrase", dialogShowing("#passphrase-dialog"));
        closeDialog("#passphrase-dialog");

        Platform.runLater(() -> SignInDialog.ask(
                window.stage(),
                folder,
                "john",
                "That is not John Crabtree's password; nothing was done. Check it (and STOCKTAKE_PASSWORD, if set)"
                        + " and try again.",
                typed -> {}));
        check("sign-in", dialogShowing("#sign-in-dialog"));
        closeDialog("#sign-in-dialog");
    }

    private void correctTheFirstRatingOfRecommendation(String number) {
        Recommendation recommendation = stored(number).orElseThrow();
        long review = recommendation.reviewId();
        Optional<AssessmentRound> finalRound = context.assessments().rounds(review).stream()
                .filter(AssessmentRound::isFinal)
                .findFirst();
        finalRound.ifPresent(round -> {
            boolean corrected = context.assessments().history(recommendation.uuid()).stream()
                    .anyMatch(entry -> !entry.corrections().isEmpty());
            if (!corrected) {
                context.assessments()
                        .correct(
                                round.id(),
                                recommendation.uuid(),
                                new AssessmentDraft(
                                        "G", Direction.IMPROVING, "Progress confirmed by the council's own report."),
                                "The panel misread the council's figures at the time.");
            }
        });
    }

    private Scene mainScene() {
        return onFx(() -> window.stage().getScene());
    }

    /** The scene of the dialog that shows {@code query}, once it is showing and laid out. */
    private Scene dialogShowing(String query) {
        waitUntil(query + " is shown", () -> showing(query));
        // Looked up on the FX thread: off it, the lookup walks the window list while a dialog opens and can fail.
        return onFx(() -> lookup(query).query().getScene());
    }

    private Scene dialogWhere(String what, Predicate<DialogPane> test) {
        waitUntil(what + " is shown", () -> listWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane pane && test.test(pane)));
        return onFx(() -> listWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane pane && test.test(pane))
                .findFirst()
                .orElseThrow()
                .getScene());
    }

    /** Presses the dialog's cancelling button (or its only one), as Esc would. */
    private void closeDialog(String query) {
        Node node = lookup(query).query();
        onFx(() -> {
            DialogPane pane = (DialogPane) node.getScene().getRoot();
            Button close = pane.getButtonTypes().stream()
                    .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                    .findFirst()
                    .or(() -> pane.getButtonTypes().stream().findFirst())
                    .map(type -> (Button) pane.lookupButton(type))
                    .orElseThrow();
            close.fire();
            return null;
        });
        waitUntil(query + " is closed", () -> !showing(query));
    }

    private void check(String screen, Scene scene) {
        List<String> found = onFx(() -> {
            List<String> all = new ArrayList<>(LayoutInspector.problems(scene));
            all.addAll(headersCutByTheirTable(scene));
            Window window = scene.getWindow();
            if (window.getWidth() > layout.width + 1 || window.getHeight() > layout.height + 1) {
                all.add("the window is " + (int) window.getWidth() + "x" + (int) window.getHeight()
                        + ", larger than the screen");
            }
            return all;
        });
        found.forEach(p -> problem(screen, p));
        shoot(screen, scene);
    }

    /**
     * A column the table is too narrow for is cut by the table's edge, or hidden behind a neighbouring pane, while
     * still inside the window: every shown column header must lie within its table.
     */
    private static List<String> headersCutByTheirTable(Scene scene) {
        List<String> found = new ArrayList<>();
        for (Node table : scene.getRoot().lookupAll(".table-view, .tree-table-view")) {
            if (!onScreen(table)) {
                continue;
            }
            Bounds outer = table.localToScene(table.getLayoutBounds());
            for (Node header : table.lookupAll(".column-header")) {
                Bounds bounds = header.localToScene(header.getLayoutBounds());
                boolean leaf = header.lookupAll(".column-header").size() == 1;
                if (leaf && onScreen(header) && bounds.getWidth() > 0 && bounds.getMaxX() > outer.getMaxX() + 1) {
                    String name =
                            header.lookup(".label") instanceof Labeled label ? label.getText() : header.toString();
                    found.add("the column \"" + name + "\" of #" + table.getId() + " is cut by the table's edge");
                }
            }
        }
        return found;
    }

    /** Checks the window around {@code content} (menus, navigation, status bar), then shoots it whole. */
    private void checkAround(String screen, Node content) {
        Scene scene = mainScene();
        List<String> found = onFx(() -> {
            content.setVisible(false);
            try {
                return LayoutInspector.problems(scene);
            } finally {
                content.setVisible(true);
            }
        });
        found.forEach(p -> problem(screen, p));
        shoot(screen, scene);
    }

    private void shoot(String screen, Scene scene) {
        onFx(() -> {
            LayoutInspector.screenshot(scene, SHOTS.resolve(screen + "-" + layout.label() + ".png"));
            return null;
        });
    }

    private void problem(String screen, String problem) {
        problems.computeIfAbsent(screen, s -> new ArrayList<>()).add(problem);
    }

    private Path copy(String resource) throws IOException {
        Path file = folder.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(resource), resource)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
