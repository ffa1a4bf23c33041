package org.stocktake.evidence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stocktake.evidence.search.Items.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.ValidationException;

class SearchIndexFilterTest {
    private final SearchIndex index = SearchIndex.inMemory();

    @BeforeEach
    void library() {
        index.putAll(List.of(
                item(1).kind("LETTER_IN")
                        .dated("2015-03-02")
                        .tags("finance", "Housing")
                        .people("Sir Bob Kerslake", "Mark Rogers")
                        .recommendations(11L)
                        .page("A letter on the budget.")
                        .build(),
                item(2).kind("LETTER_OUT")
                        .dated("2016-06-30")
                        .tags("finance")
                        .people("John Crabtree")
                        .recommendations(11L, 12L)
                        .page("Our reply on the budget.")
                        .build(),
                item(3).kind("REPORT")
                        .dated("2017-01-15")
                        .people("Bob Smith")
                        .page("The annual budget report.")
                        .build(),
                item(4).kind("MINUTES")
                        .page("Minutes with no date, on the budget.")
                        .build()));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<Long> found(SearchQuery query) {
        return index.search(query).hits().stream().map(SearchHit::itemId).toList();
    }

    private static SearchQuery budget() {
        return SearchQuery.of("budget");
    }

    @Test
    void byKind() {
        assertThat(found(budget().withKinds(Set.of("LETTER_IN", "REPORT")))).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void byDateRangeInclusiveLeavingOutUndatedItems() {
        SearchQuery query = budget().between(LocalDate.parse("2015-03-02"), LocalDate.parse("2016-06-30"));

        assertThat(found(query)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(found(budget().between(LocalDate.parse("2016-01-01"), null))).containsExactlyInAnyOrder(2L, 3L);
        assertThat(found(budget().between(null, LocalDate.parse("2015-12-31")))).containsExactly(1L);
    }

    @Test
    void reversedDatesAreRefusedInASentence() {
        SearchQuery query = budget().between(LocalDate.parse("2017-01-01"), LocalDate.parse("2016-01-01"));

        assertThatThrownBy(() -> index.search(query))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The first date comes after the last one; swap them and search again.");
    }

    @Test
    void byEveryTagGivenInAnyCase() {
        assertThat(found(budget().withTags(Set.of("FINANCE")))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(found(budget().withTags(Set.of("finance", "housing")))).containsExactly(1L);
    }

    @Test
    void byPersonWholeNameOrItsLastWords() {
        assertThat(found(budget().withPerson("Kerslake"))).containsExactly(1L);
        assertThat(found(budget().withPerson("bob kerslake"))).containsExactly(1L);
        assertThat(found(budget().withPerson("Bob"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(found(budget().withPerson("Kerslake Mark"))).isEmpty();
    }

    @Test
    void byLinkedRecommendation() {
        assertThat(found(budget().withRecommendation(11L))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(found(budget().withRecommendation(12L))).containsExactly(2L);
    }

    @Test
    void blankTextWithFiltersListsTheItemsNewestFirst() {
        SearchResult result = index.search(SearchQuery.of("  ").withTags(Set.of("finance")));

        assertThat(result.hits()).extracting(SearchHit::itemId).containsExactly(2L, 1L);
        assertThat(result.totalItems()).isEqualTo(2);
        assertThat(result.hits().get(0).snippet().text()).isEqualTo("Our reply on the budget.");
        assertThat(found(SearchQuery.of(""))).containsExactly(3L, 2L, 1L, 4L);
    }
}
