package org.stocktake.app.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stocktake.shared.config.WindowSettings;

/** Puts the window back where the user left it, unless that place is no longer on any screen. */
final class WindowPlacement {

    private WindowPlacement() {}

    static void restore(Stage stage, WindowSettings settings) {
        double x = settings.number("window.x", Double.NaN);
        double y = settings.number("window.y", Double.NaN);
        double width = settings.number("window.width", 1280);
        double height = settings.number("window.height", 800);
        stage.setWidth(Math.max(640, width));
        stage.setHeight(Math.max(420, height));
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y, width, height)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.flag("window.maximized", false));
    }

    static void save(Stage stage, WindowSettings settings) {
        settings.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
        }
    }

    private static boolean onSomeScreen(double x, double y, double width, double height) {
        // At least a corner of the title bar must be reachable, or the user could not move the window back.
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, width), 40);
        return Screen.getScreens().stream()
                .anyMatch(screen -> screen.getVisualBounds().intersects(titleBar));
    }
}
