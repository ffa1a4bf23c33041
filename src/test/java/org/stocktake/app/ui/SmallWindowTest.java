package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** On the smallest supported screen the whole window can be used: menus, navigation and every register action. */
class SmallWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void at1024x700TheMenusTheNavigationAndEveryRegisterActionAreInTheWindow() {
        onFx(() -> {
            window.stage().setWidth(1024);
            window.stage().setHeight(700);
            return null;
        });
        waitUntil("the window is small", () -> window.stage().getScene().getWidth() == 1024);
        clickRecommendation("3");

        List<String> wanted = List.of(
                ".menu-bar",
                "#nav-recommendations",
                "#nav-assessments",
                "#nav-dashboard",
                "#nav-panel",
                "#review-choice",
                "#register-filter",
                "#group-by-theme",
                "#register-count",
                "#new-recommendation",
                "#edit-recommendation",
                "#delete-recommendation",
                "#register-detail",
                "#status-folder");
        for (String query : wanted) {
            assertThat(showing(query)).as(query + " is shown").isTrue();
            assertThat(insideTheWindow(query))
                    .as(query + " lies inside the window")
                    .isTrue();
        }
        assertThat(onFx(() -> lookup(".menu-bar .menu").queryAll().stream()
                        .filter(menu -> insideTheWindow(menu))
                        .count()))
                .as("every menu of the menu bar is in the window")
                .isEqualTo(5);
        assertThat(onFx(() -> lookup("#delete-recommendation").queryButton().isDisabled()))
                .isFalse();
    }

    private boolean insideTheWindow(String query) {
        return onFx(() -> insideTheWindow(lookup(query).query()));
    }

    private static boolean insideTheWindow(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        double width = node.getScene().getWidth();
        double height = node.getScene().getHeight();
        return bounds.getWidth() > 0
                && bounds.getMinX() >= 0
                && bounds.getMinY() >= 0
                && bounds.getMaxX() <= width
                && bounds.getMaxY() <= height;
    }
}
