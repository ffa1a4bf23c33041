package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.recommendations.service.ProposedImport;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewPdf;
import org.stocktake.recommendations.ui.ProposedRow;
import org.stocktake.shared.task.Progress;
import org.testfx.framework.junit5.Start;

/** "Propose…" in the register: a review's PDF in the library becomes its recommendations, checked in the preview. */
class ProposeFromDocumentWindowTest extends MainWindowTestBase {

    @TempDir
    Path files;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    /** Adds the review's PDF to the library and gives the register the library, as the main window is to. */
    static EvidenceItem addTheReview(MainWindowTestBase test, Path folder) throws IOException {
        Path pdf = Files.write(folder.resolve("northbridge review.pdf"), ReviewPdf.bytes());
        test.context
                .evidenceImporter()
                .add(List.of(pdf), new AddOptions(EvidenceKind.REPORT, List.of()), Progress.NONE);
        onFx(() -> {
            test.window.register().useLibrary(new ProposedImport(test.context.importer(), test.context.evidence()));
            return null;
        });
        return test.context.evidence().items().stream()
                .filter(i -> i.fileName().equals("northbridge review.pdf"))
                .findFirst()
                .orElseThrow();
    }

    /** Chooses the review in the document list and asks for its recommendations. */
    static void chooseTheReview(MainWindowTestBase test, EvidenceItem review) {
        test.waitUntil("the library is listed", () -> test.showing("#propose-document"));
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<EvidenceItem> list =
                    (ListView<EvidenceItem>) test.lookup("#propose-document").query();
            list.getItems().stream()
                    .filter(i -> i.id() == review.id())
                    .findFirst()
                    .ifPresent(i -> list.getSelectionModel().select(i));
            return null;
        });
    }

    @Test
    void theRecommendationsFoundAreCorrectedImportedAndLinkedToTheirPages() throws IOException {
        EvidenceItem review = addTheReview(this, files);

        clickOn("#propose-from-document");
        chooseTheReview(this, review);
        clickOn("#propose-document-confirm");
        waitUntil("the proposals are shown", () -> showing("#proposed-rows"));
        waitUntil("they clash with the demo review's numbers", () -> !problems().isEmpty());
        assertThat(problems()).anyMatch(p -> p.startsWith("Row 1: recommendation 1 already exists"));

        clickOn("#import-new");
        clickOn("#import-new-title").write("Northbridge review");
        clickOn("#import-new-code").write("northbridge-2024");
        waitUntil("all eleven are clean for the new review", () -> text("#import-summary")
                .equals("11 recommendation(s) ready to import into the new review northbridge-2024."));
        onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<ProposedRow> rows =
                    (TableView<ProposedRow>) lookup("#proposed-rows").query();
            rows.getItems().get(10).includedProperty().set(false);
            rows.getItems().get(0).themeProperty().set("Leadership and governance");
            return null;
        });
        waitUntil(
                "the ten kept are clean for the new review",
                () -> text("#import-summary")
                                .equals("10 recommendation(s) ready to import into the new review northbridge-2024.")
                        && !lookup("#import-confirm").queryButton().isDisabled());
        clickOn("#import-confirm");

        waitUntil("the dialog closes", () -> !showing("#proposed-rows"));
        waitUntil("the register shows both reviews", () -> countText().equals((DEMO_COUNT + 10) + " recommendations"));
        assertThat(statusText())
                .isEqualTo("Imported 10 recommendations into Northbridge review from '" + review.title()
                        + "', each linked to its page.");
        Review imported =
                context.recommendations().findReview("northbridge-2024").orElseThrow();
        List<Recommendation> written = context.recommendations().recommendations(imported.id());
        assertThat(written).hasSize(10);
        assertThat(written.get(0).theme()).isEqualTo("Leadership and governance");
        for (Recommendation r : written) {
            int page = ReviewPdf.EXPECTED.get(Integer.parseInt(r.number()) - 1).page();
            assertThat(context.evidence().linkedTo(r.id())).isEqualTo(Map.of(review.id(), page));
        }
    }

    private List<String> problems() {
        return onFx(() -> lookup("#import-problems .import-problem").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList());
    }
}
