package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The house style's small rules: numbers, plurals, lists and labels mid-sentence. */
class ProseTest {

    @Test
    void numbersUnderTenAreWords() {
        assertThat(Prose.number(0)).isEqualTo("no");
        assertThat(Prose.number(1)).isEqualTo("one");
        assertThat(Prose.number(9)).isEqualTo("nine");
        assertThat(Prose.number(10)).isEqualTo("10");
        assertThat(Prose.number(112)).isEqualTo("112");
    }

    @Test
    void countsTakeTheRightNoun() {
        assertThat(Prose.count(1, "recommendation", "recommendations")).isEqualTo("one recommendation");
        assertThat(Prose.count(2, "recommendation", "recommendations")).isEqualTo("two recommendations");
        assertThat(Prose.count(11, "recommendation", "recommendations")).isEqualTo("11 recommendations");
    }

    @Test
    void listsEndWithAnd() {
        assertThat(Prose.list(List.of())).isEmpty();
        assertThat(Prose.list(List.of("a"))).isEqualTo("a");
        assertThat(Prose.list(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(Prose.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }

    @Test
    void labelsReadInLowerCaseExceptInitialisms() {
        assertThat(Prose.midSentence("Good progress")).isEqualTo("good progress");
        assertThat(Prose.midSentence("RAG")).isEqualTo("RAG");
        assertThat(Prose.midSentence("A")).isEqualTo("A");
        assertThat(Prose.midSentence("")).isEmpty();
    }

    @Test
    void aReviewIsNamedByItsTitleUpToAColon() {
        assertThat(Prose.reviewName("The way forward: an independent review")).isEqualTo("The way forward");
        assertThat(Prose.reviewName("Best value inspection")).isEqualTo("Best value inspection");
        assertThat(Prose.reviewName(" ")).isEqualTo("the review");
    }

    @Test
    void aRecommendationIsNamedByNumberAndTitle() {
        assertThat(Prose.recommendation("6", "Workforce plan")).isEqualTo("recommendation 6 (Workforce plan)");
        assertThat(Prose.recommendation("6", null)).isEqualTo("recommendation 6");
    }
}
