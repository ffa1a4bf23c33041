package org.stocktake.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The start-up baseline: JavaFX alone showing an empty window of Stocktake's size. It reports the moment it is shown
 * exactly as Stocktake's start-up probe does (ms since the JVM started, printed as {@code window-shown-ms=N}), so the
 * two figures differ only by what Stocktake itself does before its window appears.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 1280, 800));
        stage.setTitle("Bare JavaFX window");
        stage.setOnShown(event -> {
            long sinceStart = System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("window-shown-ms=" + sinceStart);
            System.out.flush();
            Platform.exit();
        });
        stage.show();
    }
}
