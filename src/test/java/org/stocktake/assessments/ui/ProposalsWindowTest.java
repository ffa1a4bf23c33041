package org.stocktake.assessments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.ui.MainWindow;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.ProposalStatus;
import org.stocktake.shared.Actor;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.testing.FakeFileDialogs;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.testing.WindowTestBase;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;

/**
 * A rating proposed by an advisor is marked on its row in the grid, read under it with who and when, and accepted from
 * there: the row then shows the rating as the member's own, and the proposal as accepted.
 */
class ProposalsWindowTest extends WindowTestBase {

    @TempDir
    Path folder;

    private AppContext context;
    private FxTaskRunner tasks;
    private long proposal;

    @Start
    void start(Stage stage) {
        try (AppContext advisor = TestWorkspaces.open(folder, Clock.systemUTC(), new Actor("Steve Robinson"))) {
            AssessmentRound march = advisor.assessments().allRounds().stream()
                    .filter(r -> !r.isFinal())
                    .findFirst()
                    .orElseThrow();
            Assessment eleven = advisor.assessments().assessments(march.id()).stream()
                    .filter(a -> a.number().equals("11"))
                    .findFirst()
                    .orElseThrow();
            proposal = advisor.assessments()
                    .proposals()
                    .propose(march.id(), eleven.recommendationUuid(), "S", "Talks with the region have started.")
                    .id();
        }
        context = TestWorkspaces.open(folder, Clock.systemUTC(), new Actor("Keith Wakefield"));
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(stage, WindowSettings.load(folder), tasks, new FakeFileDialogs());
        stage.show();
        window.open(context);
    }

    @AfterEach
    void closeWorkspace() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            waitUntil(
                    "background work has finished", () -> !tasks.busyProperty().get());
            tasks.close();
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aProposalIsMarkedReadAndAcceptedFromTheGrid() {
        waitUntil(
                "the navigation lists the assessments",
                () -> lookup("#nav-assessments").tryQuery().isPresent());
        clickOn("#nav-assessments");
        waitUntil(
                "the March round is shown with its proposal marked",
                () -> !tasks.busyProperty().get()
                        && "7 of 11 assessed".equals(text("#assess-progress"))
                        && drawn("11", marker()).contains(ChangeMarkerCell.PROPOSED));
        assertThat(drawn("10", marker())).doesNotContain(ChangeMarkerCell.PROPOSED);
        assertThat(showing("#proposal-pane")).isFalse();

        clickOn(cellAt("11", grid().commentary));
        waitUntil("the proposal is shown under the grid", () -> showing("#proposal-pane"));
        assertThat(paneText("#proposal-pane"))
                .contains("Proposed ratings for recommendation 11: 1 waiting.")
                .contains("S  Some progress")
                .contains("by Steve Robinson, ")
                .contains("Talks with the region have started.");

        clickOn("#proposal-accept");
        waitUntil(
                "the proposal is decided",
                () -> !tasks.busyProperty().get() && !text("#assess-status").isEmpty());
        assertThat(text("#assess-status")).startsWith("Accepted");
        waitUntil(
                "the row is rated as the member's own",
                () -> "S  Some progress".equals(drawn("11", grid().rating))
                        && "8 of 11 assessed".equals(text("#assess-progress")));
        waitUntil(
                "the marker is gone and the proposal shows as accepted",
                () -> !drawn("11", marker()).contains(ChangeMarkerCell.PROPOSED)
                        && paneText("#proposal-pane").contains("accepted by Keith Wakefield"));
        assertThat(showing("#proposal-accept")).isFalse();
        assertThat(text("#assess-status"))
                .isEqualTo("Accepted Steve Robinson's proposal for recommendation 11: it is rated Some progress, as"
                        + " your rating.");

        long march = onFx(() -> grid().getItems().get(0).roundId());
        Assessment stored = context.assessments().assessments(march).stream()
                .filter(a -> a.number().equals("11"))
                .findFirst()
                .orElseThrow();
        assertThat(stored.level().code()).isEqualTo("S");
        assertThat(stored.assessor()).isEqualTo("Keith Wakefield");
        assertThat(stored.commentary()).isEqualTo("Talks with the region have started.");
        assertThat(context.assessments()
                        .proposals()
                        .proposal(proposal)
                        .proposal()
                        .status())
                .isEqualTo(ProposalStatus.ACCEPTED);
    }

    private AssessmentTable grid() {
        return onFx(() -> lookup("#assessment-grid").queryAs(AssessmentTable.class));
    }

    private TableColumn<Assessment, ?> marker() {
        return onFx(() -> grid().getColumns().get(3));
    }

    /** Every text drawn inside the node, in order, one per line. */
    private String paneText(String query) {
        return onFx(() -> lookup(query).queryAll().stream()
                .flatMap(node -> from(node).lookup((Node n) -> n instanceof Labeled).queryAll().stream())
                .map(n -> ((Labeled) n).getText())
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    private TableCell<?, ?> cellAt(String number, TableColumn<Assessment, ?> column) {
        return onFx(() -> {
            List<Assessment> rows = grid().getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).number().equals(number)) {
                    return grid().cellAt(i, column);
                }
            }
            return null;
        });
    }

    /** What the drawn cell shows: its text, or its chip's. */
    private String drawn(String number, TableColumn<Assessment, ?> column) {
        TableCell<?, ?> cell = cellAt(number, column);
        return onFx(() -> {
            if (cell == null) {
                return "";
            }
            if (cell.getGraphic() instanceof Labeled chip) {
                return chip.getText();
            }
            if (cell.getGraphic() instanceof javafx.scene.Parent box) {
                return box.getChildrenUnmodifiable().stream()
                        .filter(Labeled.class::isInstance)
                        .map(n -> ((Labeled) n).getText())
                        .findFirst()
                        .orElse("");
            }
            return cell.getText() == null ? "" : cell.getText();
        });
    }
}
