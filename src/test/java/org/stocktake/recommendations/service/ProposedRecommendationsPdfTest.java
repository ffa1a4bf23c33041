package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stocktake.evidence.text.Content;
import org.stocktake.evidence.text.Ocr;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.shared.task.Progress;

class ProposedRecommendationsPdfTest {

    private static List<String> pages() throws Exception {
        return new TextExtractor(Ocr.none())
                .extract(Content.of(ReviewPdf.bytes()), "review.pdf", Progress.NONE)
                .pages();
    }

    @Test
    void recommendationsProposedFromAGeneratedReviewPdfWithTheirPages() throws Exception {
        List<String> pages = pages();
        assertThat(pages).hasSize(6);

        List<ProposedRecommendation> found = ProposedRecommendations.in(pages);

        assertThat(found)
                .extracting(ProposedRecommendation::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(found)
                .extracting(ProposedRecommendation::title)
                .containsExactlyElementsOf(ReviewPdf.EXPECTED.stream()
                        .map(ReviewPdf.Expected::title)
                        .toList());
        assertThat(found)
                .extracting(ProposedRecommendation::page)
                .containsExactlyElementsOf(ReviewPdf.EXPECTED.stream()
                        .map(ReviewPdf.Expected::page)
                        .toList());
        assertThat(found)
                .extracting(ProposedRecommendation::theme)
                .containsExactlyElementsOf(ReviewPdf.EXPECTED.stream()
                        .map(ReviewPdf.Expected::theme)
                        .toList());
    }

    @Test
    void aRecommendationSplitOverAPageBreakReadsOnWithoutTheFooterOrTheHyphen() throws Exception {
        ProposedRecommendation sixth = ProposedRecommendations.in(pages()).get(5);

        assertThat(sixth.title()).isEqualTo("Agree a programme of savings and service improvement with named owners.");
        assertThat(sixth.body()).isEqualTo("Each saving should have a plan and a date.");
        assertThat(sixth.page()).isEqualTo(5);
    }

    @Test
    void theBodyHoldsWhatFollowsTheFirstSentenceAndTheAnnexIsNotPartOfTheLast() throws Exception {
        List<ProposedRecommendation> found = ProposedRecommendations.in(pages());

        assertThat(found.get(0).body())
                .isEqualTo("The plan should say what will change, by when, and how councillors will know.");
        assertThat(found.get(2).body()).isNull();
        assertThat(found.get(10).body()).isNull();
    }
}
