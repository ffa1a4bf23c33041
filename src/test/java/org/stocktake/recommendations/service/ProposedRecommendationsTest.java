package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class ProposedRecommendationsTest {

    private static List<ProposedRecommendation> in(String... pages) {
        return ProposedRecommendations.in(Arrays.asList(pages));
    }

    @Test
    void labelledRecommendationsWithLettersAreFoundInOrder() {
        List<ProposedRecommendation> found = in(
                "Recommendation 1: Appoint a chief executive. Soon.\nRecommendation 2 - Publish the plan.",
                "Recommendation 3a Review the budget.\nRecommendation 3b Review the reserves.\n"
                        + "Recommendation 4. Report back.");

        assertThat(found).extracting(ProposedRecommendation::number).containsExactly("1", "2", "3a", "3b", "4");
        assertThat(found).extracting(ProposedRecommendation::page).containsExactly(1, 1, 2, 2, 2);
        assertThat(found.get(0).title()).isEqualTo("Appoint a chief executive.");
        assertThat(found.get(0).body()).isEqualTo("Soon.");
    }

    @Test
    void everyNumberingStyleIsRead() {
        for (String style : List.of("R%d %s", "%d. %s", "%d) %s", "(%d) %s", "%d %s")) {
            String text = String.format(style, 1, "Publish the plan.") + "\n" + String.format(style, 2, "Hold a vote.");
            assertThat(in(text))
                    .as(style)
                    .extracting(ProposedRecommendation::title)
                    .containsExactly("Publish the plan.", "Hold a vote.");
        }
    }

    @Test
    void aSummaryIsPreferredToNumberedParagraphsElsewhereAndTheContentsAreIgnored() {
        List<ProposedRecommendation> found = in(
                "Contents\n1. Introduction ....... 3\n2. Findings ....... 4\n3. Recommendations ....... 9",
                "1. We were asked to look at the council.\n2. We read its papers.\n3. We met its staff.\n"
                        + "4. We found much to praise.",
                "Recommendations\n1. Keep the leader.\n2. Cut the costs, e.g. by sharing offices. Start now.");

        assertThat(found)
                .extracting(ProposedRecommendation::title)
                .containsExactly("Keep the leader.", "Cut the costs, e.g. by sharing offices.");
        assertThat(found).extracting(ProposedRecommendation::page).containsExactly(3, 3);
        assertThat(found).extracting(ProposedRecommendation::theme).containsOnlyNulls();
    }

    @Test
    void aBlankLineOrAHeadingEndsARecommendationAndAHeadingGivesTheTheme() {
        List<ProposedRecommendation> found =
                in("Summary of recommendations\n\nGovernance\n1. Keep the\nleader.\n\nNot part of it.\n"
                        + "2. Hold elections.\nFinance and Audit\n3. Cut costs.");

        assertThat(found)
                .extracting(ProposedRecommendation::title)
                .containsExactly("Keep the leader.", "Hold elections.", "Cut costs.");
        assertThat(found)
                .extracting(ProposedRecommendation::theme)
                .containsExactly("Governance", "Governance", "Finance and Audit");
    }

    @Test
    void textWithoutRecommendationsProposesNothing() {
        assertThat(ProposedRecommendations.in(List.of())).isEmpty();
        assertThat(ProposedRecommendations.in(null)).isEmpty();
        assertThat(ProposedRecommendations.in(Collections.singletonList(null))).isEmpty();
        assertThat(in("", "  \n\n  ")).isEmpty();
        assertThat(in("The council met in 2023 and agreed 3 things.\nNothing else happened."))
                .isEmpty();
        assertThat(in("Contents\n1. Introduction ....... 3\n2. Findings ....... 4\n3. Annex … 9"))
                .isEmpty();
        assertThat(in("Contents\n1 Introduction 3\n2 Findings 4\n3 Next Steps 9"))
                .isEmpty();
        assertThat(in("7. A numbered paragraph alone.\n8. And another one.")).isEmpty();
    }

    @Test
    void hostileTextNeverThrows() {
        List<String> hostile = new ArrayList<>(List.of(
                "1.",
                "1. ",
                "(1)",
                "R1",
                "Recommendation 1",
                "Recommendation 999999999999",
                "1a.\n1b.\n1c.",
                "1. \u202Eevil\u0000\u001b[31m title.\n2. \uD800 broken",
                "-\n-\n-",
                "\u2028\u2029",
                ".".repeat(100_000) + " 3",
                "1. " + "word ".repeat(50_000),
                "1. a-\n-b\n2. " + "x".repeat(1_000_000)));
        for (String text : hostile) {
            assertThatCode(() -> in(text, text))
                    .as(text.substring(0, Math.min(30, text.length())))
                    .doesNotThrowAnyException();
        }
        List<ProposedRecommendation> cleaned = in("1. \u202Eevil\u0000 title.\n2. \uD800 broken.");
        assertThat(cleaned).allSatisfy(p -> assertThat(RecommendationLimits.TITLE.problem(p.title()))
                .isNull());
    }

    @Test
    void longTitlesAndBodiesAreCutToWhatCanBeStored() {
        ProposedRecommendation found =
                in("1. " + "word ".repeat(30_000) + "\n2. Next.").get(0);

        assertThat(found.title().length()).isLessThanOrEqualTo(RecommendationLimits.TITLE.max());
        assertThat(found.body().length()).isLessThanOrEqualTo(RecommendationLimits.TEXT.max());
    }

    @Test
    void hugeTextIsReadQuickly() {
        StringBuilder page = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            page.append(i).append(". Paragraph ").append(i).append(" of a long review goes on for a while.\n");
        }
        List<String> pages = Collections.nCopies(2_000, page.toString());
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ProposedRecommendations.in(pages));
    }
}
