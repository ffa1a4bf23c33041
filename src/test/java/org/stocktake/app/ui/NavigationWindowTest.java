package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.config.WindowSettings;
import org.testfx.framework.junit5.Start;

/** Moving between the panel's areas, and the window remembering where the user was. */
class NavigationWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void panelAndPeopleShowsTheChairAndShortcut1GoesBack() {
        clickOn("#nav-panel");

        waitUntil("the people are drawn", () -> !drawnPeople().isEmpty());
        assertThat(showing("#register-view")).as("the register has made way").isFalse();
        assertThat(drawnPeople()).anySatisfy(row -> assertThat(row)
                .containsEntry("Name", "John Crabtree OBE")
                .containsEntry("Role", "Chair")
                .containsEntry("Organisation", "Birmingham Independent Improvement Panel"));

        push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        waitUntil("the register is back", () -> showing("#register-view"));
        assertThat(showing("#panel-table")).isFalse();
    }

    /** The panel table's drawn rows, each as column heading to cell text. */
    private List<Map<String, String>> drawnPeople() {
        return onFx(() -> {
            TableView<?> table = lookup("#panel-table").queryAs(TableView.class);
            if (!onScreen(table)) {
                return List.of();
            }
            return from(table).lookup(".table-row-cell").queryAll().stream()
                    .filter(n -> n instanceof TableRow<?> row && onScreen(row) && !row.isEmpty())
                    .map(NavigationWindowTest::cells)
                    .toList();
        });
    }

    private static Map<String, String> cells(Node row) {
        Map<String, String> cells = new HashMap<>();
        for (Node child : ((TableRow<?>) row).getChildrenUnmodifiable()) {
            if (child instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
                cells.put(cell.getTableColumn().getText(), cell.getText());
            }
        }
        return cells;
    }

    @Test
    void theWindowRemembersTheViewAndTheGroupingAndOpensWithThemNextTime() throws IOException {
        clickOn("#group-by-theme");
        waitUntil("the register is flat", () -> shownHeadings().isEmpty());
        clickOn("#nav-panel");
        waitUntil("the panel is shown", () -> showing("#panel-table"));

        onFx(() -> {
            window.remember();
            return null;
        });
        settings.save();

        WindowSettings saved = WindowSettings.load(folder);
        assertThat(saved.text("view", null)).isEqualTo("PANEL");
        assertThat(saved.flag("register.groupByTheme", true)).isFalse();
        assertThat(saved.number("window.width", 0)).isPositive();

        MainWindow reopened = onFx(() -> {
            MainWindow again = new MainWindow(new Stage(), saved, tasks, files);
            again.stage().show();
            again.open(context);
            return again;
        });
        assertThat(onFx(() -> from(reopened.stage().getScene().getRoot())
                        .lookup("#panel-table")
                        .tryQuery()
                        .isPresent()))
                .as("the reopened window starts on the panel")
                .isTrue();
        assertThat(onFx(() -> reopened.register().model().groupByThemeProperty().get()))
                .as("the reopened register is flat")
                .isFalse();
    }
}
