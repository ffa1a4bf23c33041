package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens, worked out over screen rectangles alone. */
class WindowPlacementTest {

    /** A 1024x700 screen with a 40 px panel along the top, as a small laptop's desktop leaves it. */
    private static final Rectangle2D SMALL = new Rectangle2D(0, 40, 1024, 660);

    private static final Rectangle2D LARGE = new Rectangle2D(0, 0, 1920, 1080);

    @Test
    void theFirstPlaceFitsASmallScreenAndCoversItsFreeArea() {
        Rectangle2D place = WindowPlacement.firstPlace(SMALL);

        assertThat(place).isEqualTo(SMALL);
    }

    @Test
    void theFirstPlaceOnALargeScreenIsThePreferredSizeCentred() {
        Rectangle2D place = WindowPlacement.firstPlace(LARGE);

        assertThat(place).isEqualTo(new Rectangle2D(320, 140, 1280, 800));
    }

    @Test
    void aRememberedPlaceOnTheScreenIsKept() {
        Rectangle2D remembered = new Rectangle2D(100, 80, 900, 600);

        assertThat(WindowPlacement.onScreens(remembered, List.of(SMALL), SMALL)).isEqualTo(remembered);
    }

    @Test
    void aPlaceRememberedFromALargerScreenIsShrunkOntoTheSmallOne() {
        Rectangle2D remembered = new Rectangle2D(200, 100, 1600, 1000);

        assertThat(WindowPlacement.onScreens(remembered, List.of(SMALL), SMALL)).isEqualTo(SMALL);
    }

    @Test
    void aPlaceHangingOffTheEdgeIsMovedBackOn() {
        Rectangle2D remembered = new Rectangle2D(-128, -33, 800, 600);

        Rectangle2D place = WindowPlacement.onScreens(remembered, List.of(SMALL), SMALL);

        assertThat(place).isEqualTo(new Rectangle2D(0, 40, 800, 600));
    }

    @Test
    void aPlaceOnAScreenNoLongerThereGoesToTheScreenGiven() {
        Rectangle2D onUnpluggedMonitor = new Rectangle2D(2200, 100, 1200, 800);

        Rectangle2D place = WindowPlacement.onScreens(onUnpluggedMonitor, List.of(SMALL), SMALL);

        assertThat(place).isEqualTo(new Rectangle2D(0, 40, 1024, 660));
    }

    @Test
    void aPlaceSpanningTwoScreensGoesToTheOneItMostlyCovers() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1024, 700);
        Rectangle2D remembered = new Rectangle2D(1800, 50, 900, 600);

        Rectangle2D place = WindowPlacement.onScreens(remembered, List.of(LARGE, right), LARGE);

        assertThat(place).isEqualTo(new Rectangle2D(1920, 50, 900, 600));
    }
}
