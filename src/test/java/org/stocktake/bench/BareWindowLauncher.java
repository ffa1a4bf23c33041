package org.stocktake.bench;

import javafx.application.Application;

/**
 * Starts {@link BareWindow} from the class path. A main class that is itself an {@code Application} stops with
 * "JavaFX runtime components are missing" there, and Stocktake also starts from a plain launcher class.
 */
public final class BareWindowLauncher {

    private BareWindowLauncher() {}

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}
