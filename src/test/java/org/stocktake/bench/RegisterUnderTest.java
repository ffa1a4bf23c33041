package org.stocktake.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.ui.RegisterActions;
import org.stocktake.recommendations.ui.RegisterView;
import org.stocktake.recommendations.ui.RegisterViewModel;
import org.stocktake.shared.task.SameThreadTaskRunner;

/**
 * The register as the window shows it (the app's stylesheet, a shown 1280x800 stage), typed into on the FX thread.
 * All methods must run on the FX thread.
 */
final class RegisterUnderTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Stage stage = new Stage();
    private final Scene scene;
    private final RegisterViewModel model;
    private final TextField filter;
    private final double loadMs;
    private final double firstLayoutMs;
    private long filtered;

    RegisterUnderTest(AppContext context) {
        long start = System.nanoTime();
        model = new RegisterViewModel(context.recommendations(), new SameThreadTaskRunner());
        model.load();
        loadMs = (System.nanoTime() - start) / 1e6;
        // Added before the view's own listener, so it runs first: the moment filtering ends and the rebuild begins.
        model.visible().addListener((ListChangeListener<Recommendation>) change -> filtered = System.nanoTime());
        scene = new Scene(new RegisterView(model, new NoActions()), 1280, 800);
        scene.getStylesheets()
                .add(RegisterUnderTest.class
                        .getResource("/org/stocktake/app/ui/stocktake.css")
                        .toExternalForm());
        filter = (TextField) scene.lookup("#register-filter");
        stage.setScene(scene);
        start = System.nanoTime();
        stage.show();
        layout();
        firstLayoutMs = (System.nanoTime() - start) / 1e6;
    }

    Void group(boolean grouped) {
        model.groupByThemeProperty().set(grouped);
        filter.setText("");
        layout();
        return null;
    }

    /** Sets the filter field's text as a keystroke would, and times the work up to a laid-out scene. */
    Keystroke type(String text) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        filtered = 0;
        filter.setText(text);
        long rebuilt = System.nanoTime();
        layout();
        long end = System.nanoTime();
        double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        // No change event means the rows stayed the same: it was all filtering, nothing was rebuilt.
        long filterEnd = filtered == 0 ? rebuilt : filtered;
        return new Keystroke(
                text, (filterEnd - start) / 1e6, (rebuilt - filterEnd) / 1e6, (end - rebuilt) / 1e6, cpuMs);
    }

    private void layout() {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
    }

    int total() {
        return model.totalCount();
    }

    int matches(String text) {
        filter.setText(text);
        return model.visible().size();
    }

    Void close() {
        stage.close();
        return null;
    }

    double loadMs() {
        return loadMs;
    }

    double firstLayoutMs() {
        return firstLayoutMs;
    }

    /** The register's buttons are never pressed here. */
    private static final class NoActions implements RegisterActions {
        @Override
        public void create() {}

        @Override
        public void edit() {}

        @Override
        public void delete() {}
    }
}
