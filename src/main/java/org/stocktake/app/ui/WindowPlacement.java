package org.stocktake.app.ui;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stocktake.shared.config.WindowSettings;

/**
 * Where the window opens: where the user left it, brought back onto the screens there are now; or, the first time, a
 * comfortable size that fits the screen's free area (inside any task bar or dock), centred on it.
 */
final class WindowPlacement {

    /** The size the window would like on a large screen. */
    static final double PREFERRED_WIDTH = 1280;

    static final double PREFERRED_HEIGHT = 800;

    private WindowPlacement() {}

    static void restore(Stage stage, WindowSettings settings) {
        List<Rectangle2D> screens =
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        double x = settings.number("window.x", Double.NaN);
        double y = settings.number("window.y", Double.NaN);
        double width = settings.number("window.width", Double.NaN);
        double height = settings.number("window.height", Double.NaN);
        Rectangle2D place = Double.isNaN(x) || Double.isNaN(y) || !(width > 0) || !(height > 0)
                ? firstPlace(primary)
                : onScreens(new Rectangle2D(x, y, width, height), screens, primary);
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
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

    /** The preferred size, shrunk to fit the screen's free area, centred on it. */
    static Rectangle2D firstPlace(Rectangle2D screen) {
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        return new Rectangle2D(
                screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2,
                width,
                height);
    }

    /**
     * The remembered place when it lies wholly on one of {@code screens}; otherwise moved (and shrunk if need be) onto
     * the screen it overlaps most, or onto {@code fallback} when it overlaps none, e.g. after a monitor was unplugged.
     */
    static Rectangle2D onScreens(Rectangle2D remembered, List<Rectangle2D> screens, Rectangle2D fallback) {
        for (Rectangle2D screen : screens) {
            if (screen.contains(remembered)) {
                return remembered;
            }
        }
        Rectangle2D target = screens.stream()
                .filter(screen -> overlap(screen, remembered) > 0)
                .max(Comparator.comparingDouble(screen -> overlap(screen, remembered)))
                .orElse(fallback);
        double width = Math.min(remembered.getWidth(), target.getWidth());
        double height = Math.min(remembered.getHeight(), target.getHeight());
        double x = clamp(remembered.getMinX(), target.getMinX(), target.getMaxX() - width);
        double y = clamp(remembered.getMinY(), target.getMinY(), target.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
