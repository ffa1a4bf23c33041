package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.text.SampleFiles;
import org.stocktake.evidence.ui.EvidenceViewModel;
import org.stocktake.evidence.ui.SearchRow;
import org.stocktake.shared.task.Progress;
import org.testfx.framework.junit5.Start;

/**
 * Find in a document on its drawn pages, as a person does it: Ctrl+F, a word, the marks over the page, the next
 * match on the next page; and a search result opened on its page with its words marked there.
 */
class EvidenceFindTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
        Path file = folder.resolve("budget.pdf");
        Files.write(
                file,
                SampleFiles.pdf(
                        "Budget for the year ahead\nThe council sets it in March",
                        "Savings come first in the plan\nThen the budget, and the budget holds",
                        "Nothing more to say"));
        context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
    }

    @Test
    void findMarksTheWordsOnTheDrawnPagesAndNextGoesToTheNextPage() {
        openThePages();

        // From the library's list too: Ctrl+F finds in the open document, and the window stays on the library.
        clickOn(onFx(() -> window.evidenceScreen().view().lookup("#evidence-table")));
        push(KeyCode.SHORTCUT, KeyCode.F);
        waitUntil(
                "the find bar has the cursor",
                () -> showing("#evidence-find")
                        && lookup("#evidence-find-field").query().isFocused());
        assertThat(showing("#evidence-view")).isTrue();
        write("budget");

        waitUntil("the first of three is found", () -> "1 of 3".equals(text("#evidence-find-count")));
        waitUntil("page 1 has its one mark, the current one", () -> marksOn(1) == 1 && currentPage() == 1);

        clickOn("#evidence-find-next");
        waitUntil("the second of three is shown", () -> "2 of 3".equals(text("#evidence-find-count")));
        waitUntil(
                "the current mark is on page 2, with the page's two marks",
                () -> currentPage() == 2 && marksOn(2) == 2);
        assertThat(onFx(this::currentMarkInView))
                .as("the current match is scrolled into view")
                .isTrue();

        interact(() -> toggle("#evidence-show-text").setSelected(true));
        assertThat(text("#evidence-find-count")).as("the text counts alike").isEqualTo("2 of 3");
        StyleClassedTextArea area =
                onFx(() -> (StyleClassedTextArea) window.evidenceScreen().view().lookup("#evidence-text-area"));
        int second = onFx(() -> area.getText().indexOf("budget, and"));
        assertThat(onFx(() -> area.getStyleOfChar(second + 1))).contains("search-hit-current");
    }

    @Test
    void aSearchResultOpensOnItsPageWithItsWordsMarkedThere() {
        openThePages();

        retype("#evidence-search", "savings");
        push(KeyCode.ENTER);
        waitUntil(
                "the result is listed",
                () -> !results().getItems().isEmpty() && !tasks.busyProperty().get());
        assertThat(onFx(() -> results().getItems().get(0).hit().page())).isEqualTo(2);
        interact(() -> results().getSelectionModel().select(0));

        waitUntil(
                "the find bar counts the result's word",
                () -> showing("#evidence-find") && "1 of 1".equals(text("#evidence-find-count")));
        waitUntil("page 2 has the word marked", () -> marksOn(2) == 1 && currentPage() == 2);
        assertThat(onFx(this::currentMarkInView)).isTrue();
    }

    private void openThePages() {
        onFx(() -> {
            window.show(Area.EVIDENCE);
            return null;
        });
        waitUntil(
                "the document is listed",
                () -> library().getItems().size() == 1 && !tasks.busyProperty().get());
        interact(() -> library().getSelectionModel().select(0));
        waitUntil(
                "it is open",
                () -> !model().pages().isEmpty() && !tasks.busyProperty().get());
        interact(() -> toggle("#evidence-show-pages").setSelected(true));
        waitUntil("the pages are drawn", () -> pageCells().stream().anyMatch(c -> c.lookupAll(".image-view").stream()
                .anyMatch(n -> ((javafx.scene.image.ImageView) n).getImage() != null)));
    }

    /** The marks drawn over the page's picture. */
    private long marksOn(int page) {
        return pageCells().stream()
                .filter(cell -> Integer.valueOf(page).equals(cell.getItem()))
                .flatMap(cell -> cell.lookupAll(".find-marks").stream())
                .flatMap(layer -> ((javafx.scene.Parent) layer).getChildrenUnmodifiable().stream())
                .filter(mark -> mark.getStyleClass().contains("find-mark")
                        || mark.getStyleClass().contains("find-mark-current"))
                .count();
    }

    /** The page the current mark is drawn on, or 0. */
    private int currentPage() {
        return pageCells().stream()
                .filter(cell -> cell.getItem() != null
                        && !cell.lookupAll(".find-mark-current").isEmpty())
                .map(cell -> (Integer) cell.getItem())
                .findFirst()
                .orElse(0);
    }

    private boolean currentMarkInView() {
        Node view = window.evidenceScreen().view().lookup("#evidence-page-images");
        Bounds shown = view.localToScreen(view.getLayoutBounds());
        return pageCells().stream()
                .filter(ListCell::isVisible)
                .flatMap(cell -> cell.lookupAll(".find-mark-current").stream())
                .map(mark -> mark.localToScreen(mark.getLayoutBounds()))
                .anyMatch(shown::contains);
    }

    private List<ListCell<?>> pageCells() {
        Node view = window.evidenceScreen().view().lookup("#evidence-page-images");
        return view == null
                ? List.of()
                : view.lookupAll(".list-cell").stream()
                        .filter(ListCell.class::isInstance)
                        .<ListCell<?>>map(n -> (ListCell<?>) n)
                        .filter(cell -> !cell.isEmpty() && cell.isVisible())
                        .toList();
    }

    private ToggleButton toggle(String id) {
        return (ToggleButton) window.evidenceScreen().view().lookup(id);
    }

    private EvidenceViewModel model() {
        return window.evidenceScreen().model();
    }

    private TableView<EvidenceItem> library() {
        return window.evidenceScreen().library();
    }

    private ListView<SearchRow> results() {
        return window.evidenceScreen().searchResults();
    }
}
