package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.testing.FakeFileDialogs;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.testing.WindowTestBase;
import org.testfx.api.FxToolkit;

/**
 * The real main window over a real workspace (an H2 file in a temporary folder, seeded with the Kerslake demo), built
 * as {@link StocktakeApp} builds it, with file choosers that answer what the test sets. Waits poll the window on the FX
 * thread until a condition holds, never for a fixed time.
 *
 * <p>TestFX 4.0.18 looks for {@code @Start} among the test class's own declared methods only, so each test class
 * declares one that calls {@link #openWindow}.
 */
abstract class MainWindowTestBase extends WindowTestBase {

    static final String DEMO_REVIEW = "kerslake-2014";
    static final int DEMO_COUNT = 11;

    @TempDir
    Path folder;

    final FakeFileDialogs files = new FakeFileDialogs();
    AppContext context;
    WindowSettings settings;
    FxTaskRunner tasks;
    MainWindow window;

    /** One row of the register as the user reads it: a theme heading has no number. */
    record Row(String number, String title) {
        boolean isHeading() {
            return number.isEmpty();
        }
    }

    /** Builds and shows the window on {@code stage} over a new demo workspace, as the app's start does. */
    void openWindow(Stage stage) {
        assertThat(folder)
                .as("the temporary folder exists before the window starts")
                .isNotNull();
        context = TestWorkspaces.open(folder, Clock.systemUTC());
        settings = WindowSettings.load(folder);
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, settings, tasks, files);
        stage.show();
        window.open(context);
    }

    @BeforeEach
    void waitForTheRegister() {
        waitUntil(
                "the register shows the demo",
                () -> !tasks.busyProperty().get() && countText().equals(DEMO_COUNT + " recommendations"));
    }

    /** Closes any dialog left open, lets background work finish, then closes the database so the folder can go. */
    @AfterEach
    void closeWorkspace() throws TimeoutException {
        try {
            FxToolkit.cleanupStages();
            if (tasks != null) {
                waitUntil("background work has finished", () -> !tasks.busyProperty()
                        .get());
            }
        } finally {
            if (tasks != null) {
                tasks.close();
            }
            if (context != null) {
                context.close();
            }
        }
    }

    /** This test's register table, looked up in its own window: a window another test left behind has one too. */
    TreeTableView<?> table() {
        return onFx(() -> (TreeTableView<?>) window.register().view().lookup("#register-table"));
    }

    /** The register's rows in the order shown, as the No. and Title columns show them. */
    List<Row> shownRows() {
        return onFx(() -> {
            TreeTableView<?> table = table();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                rows.add(new Row(cell(table, "No.", i), cell(table, "Title", i)));
            }
            return rows;
        });
    }

    List<String> shownNumbers() {
        return shownRows().stream().filter(r -> !r.isHeading()).map(Row::number).toList();
    }

    List<String> shownHeadings() {
        return shownRows().stream().filter(Row::isHeading).map(Row::title).toList();
    }

    /** The title the register shows for the recommendation, if it is shown. */
    Optional<String> shownTitle(String number) {
        return shownRows().stream()
                .filter(r -> r.number().equals(number))
                .map(Row::title)
                .findFirst();
    }

    private static String cell(TreeTableView<?> table, String column, int row) {
        for (TreeTableColumn<?, ?> c : table.getColumns()) {
            if (c.getText().equals(column)) {
                Object value = c.getCellData(row);
                return value == null ? "" : value.toString();
            }
        }
        throw new AssertionError("The register has no column " + column);
    }

    /** Whether a cell with exactly this text is drawn in the register. */
    boolean drawnInRegister(String text) {
        return onFx(() -> lookup("#register-table .tree-table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TreeTableCell<?, ?> c && onScreen(c) && text.equals(c.getText())));
    }

    /** Clicks the drawn No. cell of the recommendation, which selects it and gives the table the focus. */
    void clickRecommendation(String number) {
        Set<Node> cells = lookup("#register-table .tree-table-cell").queryAll();
        Node cell = onFx(() -> cells.stream()
                .filter(n -> n instanceof TreeTableCell<?, ?> c
                        && onScreen(c)
                        && !c.isEmpty()
                        && "No.".equals(c.getTableColumn().getText())
                        && number.equals(c.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Recommendation " + number + " is not drawn")));
        clickOn(cell);
        waitUntil("recommendation " + number + " is selected", () -> number.equals(selectedNumber()));
    }

    String selectedNumber() {
        Recommendation selected = window.register().model().selectedProperty().get();
        return selected == null ? null : selected.number();
    }

    String countText() {
        return text("#register-count");
    }

    String statusText() {
        return onFx(() -> lookup("#status-bar").queryAs(StatusBar.class).getText());
    }

    /** A menu item of the main window's menu bar, which a lookup cannot reach while its menu is closed. */
    MenuItem menuItem(String id) {
        return onFx(() -> lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No menu item " + id)));
    }

    /** The demo review's live recommendation with this number, read from the database. */
    Optional<Recommendation> stored(String number) {
        return storedDemo().stream().filter(r -> r.number().equals(number)).findFirst();
    }

    /** The demo review's live recommendations, read from the database. */
    List<Recommendation> storedDemo() {
        long review = context.recommendations().review(DEMO_REVIEW).id();
        return context.recommendations().recommendations(review);
    }

    List<String> storedNumbers() {
        return storedDemo().stream().map(Recommendation::number).toList();
    }
}
