package org.stocktake.letters.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.service.Cited;
import org.stocktake.letters.service.Insertion;
import org.stocktake.letters.service.LetterDrafting;
import org.stocktake.letters.service.StaleInsertion;
import org.stocktake.shared.task.BackgroundJob;
import org.stocktake.shared.task.TaskRunner;

/**
 * Drafting the open letter from the panel's data: passages inserted after the part being typed in, citations at the
 * caret, and the passages whose data has changed since, to refresh. Each insertion is one step of undo.
 */
public final class LetterDraftingModel {

    private final LetterDrafting drafting;
    private final DraftingSources sources;
    private final LettersViewModel letters;
    private final TaskRunner tasks;
    private final ObservableList<StaleInsertion> stale = FXCollections.observableArrayList();

    public LetterDraftingModel(
            LetterDrafting drafting, DraftingSources sources, LettersViewModel letters, TaskRunner tasks) {
        this.drafting = drafting;
        this.sources = sources;
        this.letters = letters;
        this.tasks = tasks;
        letters.openProperty().addListener((obs, old, now) -> checkStale());
    }

    /** Inserts a round's summary by theme, or what moved since the round before, after {@code after}. */
    public void insertRound(long roundId, boolean changes, EditableBlock after) {
        insert(
                changes ? "Writing what moved since the round before" : "Writing the round's summary",
                () -> {
                    long review = sources.reviewOf(roundId);
                    return changes ? drafting.changesSince(review, roundId) : drafting.roundSummary(review, roundId);
                },
                after);
    }

    /** Inserts a recommendation's history after {@code after}. */
    public void insertHistory(DraftingSources.Choice recommendation, EditableBlock after) {
        insert(
                "Writing the recommendation's history",
                () -> drafting.recommendationHistory(recommendation.uuid()),
                after);
    }

    private void insert(String title, java.util.function.Supplier<Insertion> write, EditableBlock after) {
        tasks.run(
                title,
                progress -> write.get(),
                insertion -> {
                    LetterEditorModel editor = letters.editor();
                    letters.history().checkpoint();
                    int at = after == null ? editor.blocks.size() : editor.blocks.indexOf(after) + 1;
                    editor.blocks.addAll(
                            at,
                            insertion.blocks().stream().map(EditableBlock::of).toList());
                },
                letters::failed);
    }

    /** Cites a document (or one note on it): the citation joins the letter's list, {@code mark} puts its mark. */
    public void cite(long documentId, Long noteId, Consumer<String> mark) {
        tasks.run(
                "Citing the document",
                progress -> drafting.cite(documentId, noteId),
                (Cited cited) -> {
                    letters.history().checkpoint();
                    letters.editor().addCitation(cited.citation());
                    mark.accept("[#" + cited.citation().key() + "]");
                },
                letters::failed);
    }

    /** Looks again for passages whose data has changed since they were inserted. */
    public void checkStale() {
        if (letters.openProperty().get() == null) {
            stale.clear();
            return;
        }
        LetterDocument document = letters.editor().document();
        tasks.run(
                "Checking inserted passages",
                progress -> drafting.staleBlocks(document),
                stale::setAll,
                letters::failed);
    }

    /** Re-writes every passage out of date from today's data, keeping what was typed elsewhere. */
    public void refreshAll() {
        LetterDocument document = letters.editor().document();
        List<String> passages = stale.stream().map(s -> s.blockIds().get(0)).toList();
        tasks.run(
                "Refreshing inserted passages",
                progress -> {
                    LetterDocument refreshed = document;
                    for (String blockId : passages) {
                        refreshed = drafting.refresh(refreshed, blockId);
                    }
                    return refreshed;
                },
                refreshed -> {
                    letters.history().checkpoint();
                    letters.editor().reload(refreshed);
                    stale.clear();
                },
                letters::failed);
    }

    <T> void read(String title, BackgroundJob<T> job, Consumer<T> then) {
        tasks.run(title, job, then, letters::failed);
    }

    DraftingSources sources() {
        return sources;
    }

    public ObservableList<StaleInsertion> stale() {
        return stale;
    }

    static boolean inserted(Block block) {
        return block.origin() != null;
    }
}
