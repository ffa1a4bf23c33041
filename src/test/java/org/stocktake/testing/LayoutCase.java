package org.stocktake.testing;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The window sizes and themes every screen must work in: the smallest supported screen and a large one, each look. */
public enum LayoutCase {
    SMALL_LIGHT(1024, 700, false),
    SMALL_DARK(1024, 700, true),
    LARGE_LIGHT(1600, 1000, false),
    LARGE_DARK(1600, 1000, true);

    public final double width;
    public final double height;
    public final boolean dark;

    LayoutCase(double width, double height, boolean dark) {
        this.width = width;
        this.height = height;
        this.dark = dark;
    }

    /** Applies this case's theme to every window; call on the FX thread. */
    public void applyTheme() {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** A name for screenshots: {@code 1024x700-light}. */
    public String label() {
        return (int) width + "x" + (int) height + (dark ? "-dark" : "-light");
    }
}
