package org.stocktake.evidence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stocktake.evidence.search.Items.withPages;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stocktake.shared.ValidationException;

class SearchIndexHostileQueryTest {
    private final SearchIndex index = SearchIndex.inMemory();

    @BeforeEach
    void library() {
        index.putAll(List.of(
                withPages(1, "The Kerslake review: AND OR NOT, (brackets) and a review of governance."),
                withPages(2, "Another letter about governance and audit.")));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"kerslake review",
                "kerslake\"",
                "kerslake~~",
                "kerslake~2",
                "kerslake^3",
                "(kerslake",
                "kerslake)",
                "kerslake AND",
                "OR kerslake",
                "kerslake:",
                "review: kerslake",
                "kerslake \\",
                "kerslake ***",
                "kers*ake*",
                "*kerslake",
                "kerslake? [review] {governance}",
                "kerslake /review/"
            })
    void syntaxAUserMightTryIsReadLiterally(String text) {
        SearchResult result = index.search(SearchQuery.of(text));

        assertThat(result.hits()).extracting(SearchHit::itemId).containsAnyOf(1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "~~", "\"", "?*-+!", "\u0000\u0007"})
    void aSearchWithNoWordGetsOneSentence(String text) {
        assertThatThrownBy(() -> index.search(SearchQuery.of(text)))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("There is no word to search for")
                .hasMessageNotContaining("\u0000");
    }

    @Test
    void aHugeSearchIsRefusedInOneSentence() {
        String thousands = IntStream.range(0, 2_500).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

        assertThatThrownBy(() -> index.search(SearchQuery.of(thousands)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A search can hold at most 64 words; keep the few that matter most and search again.");
    }

    @Test
    void longSearchesWithinTheCapRunWithoutTooManyClauses() {
        String sixtyFour = IntStream.range(0, 64).mapToObj(i -> "governance").collect(Collectors.joining(" "));
        String prefixes = IntStream.range(0, 64).mapToObj(i -> "g*").collect(Collectors.joining(" "));
        String oneLongWord = "a".repeat(10_000);

        assertThat(index.search(SearchQuery.of(sixtyFour)).hits()).hasSize(2);
        assertThat(index.search(SearchQuery.of(prefixes)).hits()).hasSize(2);
        assertThat(index.search(SearchQuery.of(oneLongWord)).hits()).isEmpty();
        assertThat(index.search(SearchQuery.of("\"" + sixtyFour)).hits()).isEmpty();
    }

    @Test
    void tenFuzzyWordsStayWithinTheClauseLimit() {
        String ten = IntStream.range(0, 10).mapToObj(i -> "governancx").collect(Collectors.joining(" "));

        assertThat(index.search(SearchQuery.of(ten)).hits()).hasSize(2);
    }
}
