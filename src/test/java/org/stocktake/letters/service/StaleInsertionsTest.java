package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.DocumentKind;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Origin;
import org.stocktake.letters.document.Run;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;

/** Passages inserted from the data, flagged when the data changes through the real services, and re-made. */
class StaleInsertionsTest {

    private static final Block OPENING = new Block.Paragraph("opening", List.of(Run.plain("I write with ...")), null);
    private static final Block CLOSING = new Block.Paragraph("closing", List.of(Run.plain("We will report ...")), null);

    @TempDir
    Path temp;

    private DraftingFixture demo;
    private AssessmentRound march;

    @BeforeEach
    void open() {
        demo = new DraftingFixture(temp);
        march = demo.round("March assessment");
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void aChangedRatingFlagsThePassageAndRefreshingRemakesItInPlace() {
        Insertion summary = demo.drafting.roundSummary(demo.kerslake.id(), march.id());
        LetterDocument letter = letterWith(summary.blocks());
        assertThat(demo.drafting.staleBlocks(letter)).isEmpty();

        rate("7", "S", Direction.IMPROVING);

        List<StaleInsertion> stale = demo.drafting.staleBlocks(letter);
        assertThat(stale).hasSize(1);
        assertThat(stale.get(0).blockIds())
                .containsExactlyElementsOf(
                        summary.blocks().stream().map(Block::id).toList());
        assertThat(stale.get(0).reason()).isEqualTo(StaleInsertions.CHANGED);

        LetterDocument refreshed =
                demo.drafting.refresh(letter, summary.blocks().get(2).id());

        assertThat(demo.drafting.staleBlocks(refreshed)).isEmpty();
        assertThat(refreshed.body()).extracting(Block::id).containsExactlyElementsOf(ids(letter));
        assertThat(refreshed.body().get(0)).isEqualTo(OPENING);
        assertThat(refreshed.body().get(refreshed.body().size() - 1)).isEqualTo(CLOSING);
        String before = DraftingFixture.text(letter.body());
        String after = DraftingFixture.text(refreshed.body());
        assertThat(before)
                .contains("Of the two recommendations under Size and structure, one was rated good progress and one"
                        + " limited. The one that fell short was recommendation 7 (Rework devolution to districts).");
        assertThat(after)
                .contains("Of the two recommendations under Size and structure, one was rated good progress and one"
                        + " some progress.")
                .doesNotContain("recommendation 7 (Rework");
    }

    @Test
    void aChangeTheSentencesDoNotUseLeavesThePassageCurrent() {
        LetterDocument letter = letterWith(
                demo.drafting.roundSummary(demo.kerslake.id(), march.id()).blocks());

        // Same level, another direction and commentary: nothing the summary says has changed.
        rate("7", "L", Direction.DECLINING);

        assertThat(demo.drafting.staleBlocks(letter)).isEmpty();
    }

    @Test
    void eachPassageIsCheckedOnItsOwn() {
        Insertion history = demo.drafting.recommendationHistory(demo.recommendation("5"));
        Insertion changes = demo.drafting.changesSince(demo.kerslake.id(), march.id());
        Insertion other = demo.drafting.recommendationHistory(demo.recommendation("1"));
        List<Block> body = new ArrayList<>(history.blocks());
        body.addAll(changes.blocks());
        body.addAll(other.blocks());
        LetterDocument letter = letterWith(body);

        rate("5", "G", null);

        assertThat(demo.drafting.staleBlocks(letter))
                .extracting(s -> s.origin().source())
                .containsExactly("recommendation-history", "round-changes");
        LetterDocument refreshed =
                demo.drafting.refresh(letter, history.blocks().get(0).id());
        assertThat(demo.drafting.staleBlocks(refreshed))
                .extracting(s -> s.origin().source())
                .containsExactly("round-changes");
        assertThat(DraftingFixture.text(refreshed.body()))
                .contains("and good progress in the March assessment of 15 March 2016.");
    }

    @Test
    void aPassageWhoseDataIsGoneSaysSoInOneSentence() {
        Origin lost = new Origin(
                "round-summary", "5d0f0c1e-0000-4000-8000-000000000000", "00", DraftingFixture.CLOCK.instant());
        LetterDocument letter = letterWith(List.of(new Block.Heading("lost", "A lost round", lost)));

        assertThat(demo.drafting.staleBlocks(letter))
                .extracting(StaleInsertion::reason)
                .containsExactly("The assessment round this passage was written from no longer exists; remove the"
                        + " passage or insert another.");
        assertThatThrownBy(() -> demo.drafting.refresh(letter, "lost")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aParagraphWrittenByHandHasNothingToRefreshFrom() {
        LetterDocument letter = letterWith(List.of());

        assertThatThrownBy(() -> demo.drafting.refresh(letter, "opening"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("That part of the letter was written by hand, so there is nothing to refresh it from.");
        assertThatThrownBy(() -> demo.drafting.refresh(letter, "nowhere"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("That part of the letter is no longer there; reopen the letter.");
    }

    @Test
    void aPassageThatGrowsKeepsItsIdsAndGainsNewOnes() {
        Insertion summary = demo.drafting.roundSummary(demo.kerslake.id(), march.id());
        LetterDocument letter = letterWith(summary.blocks());
        List<Block> shorter = new ArrayList<>(letter.body());
        shorter.remove(2); // as if the passage had been drafted with one theme fewer
        LetterDocument cut = letter.withBody(shorter);

        LetterDocument refreshed =
                demo.drafting.refresh(cut, summary.blocks().get(0).id());

        assertThat(refreshed.body()).hasSize(letter.body().size());
        assertThat(ids(refreshed)).containsAll(ids(cut)).doesNotHaveDuplicates();
    }

    private void rate(String number, String level, Direction direction) {
        Assessment a = demo.context.assessments().assessments(march.id()).stream()
                .filter(x -> x.number().equals(number))
                .findFirst()
                .orElseThrow();
        demo.context
                .assessments()
                .save(march.id(), a.recommendationUuid(), a.version(), new AssessmentDraft(level, direction, "Moved"));
    }

    private static List<String> ids(LetterDocument letter) {
        return letter.body().stream().map(Block::id).toList();
    }

    private static LetterDocument letterWith(List<Block> inserted) {
        List<Block> body = new ArrayList<>();
        body.add(OPENING);
        body.addAll(inserted);
        body.add(CLOSING);
        return new LetterDocument(
                DocumentKind.LETTER,
                null,
                null,
                LocalDate.of(2016, 3, 20),
                null,
                null,
                null,
                "Dear Secretary of State,",
                null,
                body,
                "Yours sincerely",
                List.of(),
                List.of(),
                false,
                null,
                List.of());
    }
}
