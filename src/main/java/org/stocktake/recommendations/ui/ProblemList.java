package org.stocktake.recommendations.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The problems found in an import file, one wrapped line each, so every line is read whole without scrolling sideways.
 * A file that is wrong throughout shows its first {@value #SHOWN} problems and says how many more there are.
 */
final class ProblemList extends ScrollPane {

    static final int SHOWN = 200;

    private final VBox lines = new VBox(6);

    ProblemList() {
        setId("import-problems");
        setFitToWidth(true);
        setPrefViewportHeight(120);
        lines.setPadding(new Insets(6, 8, 6, 8));
        setContent(lines);
        show(List.of());
    }

    void show(List<String> problems) {
        lines.getChildren().clear();
        if (problems.isEmpty()) {
            Label none = new Label("No problems found.");
            none.getStyleClass().add("text-muted");
            lines.getChildren().add(none);
            return;
        }
        for (String problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
            lines.getChildren().add(line(problem, "import-problem"));
        }
        if (problems.size() > SHOWN) {
            lines.getChildren()
                    .add(line("…and " + (problems.size() - SHOWN) + " more. Correct these and check again.", "more"));
        }
        setVvalue(0);
    }

    private static Label line(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
