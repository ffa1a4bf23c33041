package org.stocktake.assessments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.testing.FakeFileDialogs;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.testing.WindowTestBase;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard in a window of its own over the demo workspace, with the real background runner. */
class DashboardWindowTest extends WindowTestBase {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path folder;

    private final FakeFileDialogs files = new FakeFileDialogs();
    private AppContext context;
    private FxTaskRunner tasks;
    private DashboardScreen screen;

    @Start
    void start(Stage stage) {
        context = TestWorkspaces.open(folder.resolve("workspace"), Clock.systemUTC());
        tasks = new FxTaskRunner();
        screen = new DashboardScreen(context.dashboards(), context.recommendations(), tasks, files);
        stage.setScene(new Scene(screen.view(), 1280, 800));
        stage.show();
    }

    @BeforeEach
    void waitForTheDashboard() {
        waitUntil(
                "the dashboard shows the demo's three rounds",
                () -> !screen.model().loadingProperty().get()
                        && screen.model().columns().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        waitUntil("background work has finished", () -> !tasks.busyProperty().get());
        tasks.close();
        context.close();
    }

    @Test
    void showsTheRoundsThemesAndListsAndFollowsANewRating() {
        StackedBarChart<?, ?> chart = lookup("#dashboard-ratings-chart").queryAs(StackedBarChart.class);
        assertThat(onFx(() -> ((CategoryAxis) chart.getXAxis()).getCategories()))
                .containsExactly(
                        "Interim assessment\n5 Nov 2015",
                        "Twelve-month assessment\n11 Jan 2016",
                        "March assessment\n15 Mar 2016");
        assertThat(onFx(() ->
                        chart.getData().stream().map(XYChart.Series::getName).toList()))
                .containsExactly(
                        "Not started",
                        "Limited",
                        "Some progress",
                        "Good progress",
                        "Achieved and embedded",
                        "Not assessed");
        assertThat(onFx(() -> barFill(chart, "Limited", 0)))
                .as("the bars take the level's colour from the scale")
                .isEqualTo(Color.web("#EF6C00"));
        assertThat(onFx(() -> heatCells().size())).as("4 themes by 3 rounds").isEqualTo(12);
        assertThat(onFx(() -> heatCells().contains("S\n3/3"))).isTrue();
        assertThat(onFx(() -> listed("#dashboard-unmoved"))).contains("7");
        assertThat(onFx(() -> listed("#dashboard-unassessed"))).containsExactly("8", "9", "10", "11");
        assertThat(onFx(() ->
                        lookup("#dashboard-open-round").queryAs(Label.class).getText()))
                .isEqualTo("Still unassessed in March assessment");

        AssessmentRound march = context.assessments().rounds(reviewId()).get(2);
        Assessment eight = screen.model().unassessed().get(0);
        context.assessments()
                .save(march.id(), eight.recommendationUuid(), 0, new AssessmentDraft("G", Direction.IMPROVING, null));
        clickOn("#dashboard-refresh");

        waitUntil("recommendation 8 leaves the unassessed list", () -> listed("#dashboard-unassessed")
                .equals(List.of("9", "10", "11")));
        assertThat(onFx(() -> count(chart, "Good progress", 2))).isEqualTo(4);
        assertThat(onFx(() -> count(chart, "Not assessed", 2))).isEqualTo(3);
        assertThat(onFx(() -> heatCells().contains("G\n1/4"))).isTrue();
    }

    @Test
    void theHeatmapsRoundHeadingsAreBrokenOnlyBetweenWords() {
        GridPane heatmap = lookup("#dashboard-heatmap").queryAs(GridPane.class);
        List<Label> headings = onFx(() -> heatmap.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == 0 && GridPane.getColumnIndex(n) > 0)
                .map(n -> (Label) n)
                .toList());

        assertThat(headings).hasSize(3);
        for (Label heading : headings) {
            assertThat(onFx(heading::isWrapText))
                    .as("the label never wraps by itself")
                    .isFalse();
            assertThat(onFx(() -> heading.getWidth() >= heading.prefWidth(-1) - 0.5))
                    .as("%s is given its whole width", heading.getText())
                    .isTrue();
        }
        assertThat(onFx(() -> headings.get(1).getText())).isEqualTo("Twelve-month\nassessment\n11 Jan 2016");
        assertThat(DashboardHeatmap.headingLines("Six-month review of the improvement plan"))
                .isEqualTo("Six-month\nreview of\nthe\nimprovement\nplan");
    }

    @Test
    void readsTheRatingsAgainEachTimeItIsShown() {
        AssessmentRound march = context.assessments().rounds(reviewId()).get(2);
        Assessment nine = screen.model().unassessed().get(1);
        context.assessments().save(march.id(), nine.recommendationUuid(), 0, new AssessmentDraft("S", null, null));

        // As the main window does when the user goes to another area and back.
        interact(() -> {
            Scene scene = screen.view().getScene();
            scene.setRoot(new StackPane());
            scene.setRoot(screen.view());
        });

        waitUntil("recommendation 9 leaves the unassessed list", () -> listed("#dashboard-unassessed")
                .equals(List.of("8", "10", "11")));
    }

    @Test
    void aSavedChartIsTheSameSizeWhateverTheWindowAndItsPlotIsNotSquashed() throws Exception {
        Path small = folder.resolve("small.png");
        Path large = folder.resolve("large.png");
        resizeWindow(1024, 700);
        save(small);
        resizeWindow(1600, 1000);
        save(large);

        for (Path png : List.of(small, large)) {
            byte[] bytes = Files.readAllBytes(png);
            assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(PNG_SIGNATURE);
            assertThat(ByteBuffer.wrap(bytes, 16, 4).getInt())
                    .as("width of " + png)
                    .isEqualTo(1600);
            assertThat(ByteBuffer.wrap(bytes, 20, 4).getInt())
                    .as("height of " + png)
                    .isEqualTo(900);
            assertThat(bytes.length).as("a real picture, not an empty one").isBetween(20_000, 20_000_000);
        }
        Path shots = Path.of("target", "layout");
        Files.createDirectories(shots);
        Files.copy(large, shots.resolve("saved-chart.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Bounds plot = onFx(() -> screen.view().chartPicture().plotBounds());
        assertThat(plot.getWidth())
                .as("the plot's width, laid out for the picture")
                .isGreaterThan(600);
        assertThat(plot.getHeight())
                .as("the plot's height, laid out for the picture")
                .isGreaterThan(200);
        assertThat(text("#dashboard-status")).startsWith("Saved the chart to ").contains("large.png");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file is left behind")
                    .containsExactlyInAnyOrder("workspace", "small.png", "large.png");
        }
    }

    private void resizeWindow(double width, double height) {
        Window window = onFx(() -> screen.view().getScene().getWindow());
        interact(() -> {
            window.setWidth(width);
            window.setHeight(height);
        });
        waitUntil("the window is " + width + " wide", () -> screen.view().getWidth() == width);
    }

    private void save(Path target) {
        files.answer(target);
        clickOn("#save-chart-png");
        waitUntil(
                target.getFileName() + " is saved",
                () -> Files.exists(target) && text("#dashboard-status").startsWith("Saved the chart to"));
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedNotThrown() {
        Path target = folder.resolve("no-such-folder").resolve("ratings.png");
        files.answer(target);

        clickOn("#save-chart-png");

        waitUntil("the failure is reported", () -> lookup("#dashboard-status")
                .queryAs(Label.class)
                .getText()
                .startsWith("Could not save the chart"));
        assertThat(Files.exists(target)).isFalse();
    }

    private long reviewId() {
        return context.recommendations().review("kerslake-2014").id();
    }

    private static Color barFill(StackedBarChart<?, ?> chart, String series, int round) {
        Node bar = data(chart, series).get(round).getNode();
        return (Color) ((Region) bar).getBackground().getFills().get(0).getFill();
    }

    private static int count(StackedBarChart<?, ?> chart, String series, int round) {
        return data(chart, series).get(round).getYValue().intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<XYChart.Data<String, Number>> data(StackedBarChart<?, ?> chart, String series) {
        return chart.getData().stream()
                .filter(s -> s.getName().equals(series))
                .findFirst()
                .map(s -> ((XYChart.Series<String, Number>) s).getData())
                .orElseThrow();
    }

    private List<String> heatCells() {
        GridPane heatmap = lookup("#dashboard-heatmap").queryAs(GridPane.class);
        return heatmap.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("dashboard-heat-cell"))
                .map(n -> ((Label) n).getText())
                .toList();
    }

    private List<String> listed(String id) {
        ListView<?> list = lookup(id).queryAs(ListView.class);
        return list.getItems().stream()
                .map(item -> item instanceof Assessment a ? a.number() : numberOf(item))
                .toList();
    }

    private static String numberOf(Object unmoved) {
        return ((org.stocktake.assessments.service.Dashboard.Unmoved) unmoved).number();
    }
}
