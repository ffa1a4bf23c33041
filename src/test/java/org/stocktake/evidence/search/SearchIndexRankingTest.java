package org.stocktake.evidence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.stocktake.evidence.search.Items.item;
import static org.stocktake.evidence.search.Items.withPages;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchIndexRankingTest {
    private final SearchIndex index = SearchIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    private List<Long> found(String text) {
        return index.search(SearchQuery.of(text)).hits().stream()
                .map(SearchHit::itemId)
                .toList();
    }

    @Test
    void aPageNamingTheWordOftenRanksAboveOneNamingItOnce() {
        index.putAll(List.of(
                withPages(1, "The council discussed housing once among other business of the day and more."),
                withPages(2, "Housing, housing repairs, housing waiting lists, housing benefit and housing stock.")));

        assertThat(found("housing")).containsExactly(2L, 1L);
    }

    @Test
    void theWordAsWrittenRanksAboveANearMiss() {
        index.putAll(List.of(
                withPages(1, "A letter to Mr Crabbree about the budget."),
                withPages(2, "A letter to Mr Crabtree about the budget.")));

        assertThat(found("Crabtree")).containsExactly(2L, 1L);
    }

    @Test
    void ocrNoiseIsForgiven() {
        index.put(withPages(7, "Dear Sir, I write to lean Mr Crabbree on the matter of governance."));

        SearchResult result = index.search(SearchQuery.of("Crabtree"));

        assertThat(result.hits()).extracting(SearchHit::itemId).containsExactly(7L);
        Snippet snippet = result.hits().get(0).snippet();
        Highlight mark = snippet.highlights().get(0);
        assertThat(snippet.text().substring(mark.start(), mark.end())).isEqualTo("Crabbree");
        assertThat(result.didYouMean()).contains("crabbree");
    }

    @Test
    void aPossessiveIsFoundByTheName() {
        index.putAll(List.of(
                withPages(3, "Sir Bob Kerslake's review of the council was published in December."),
                withPages(4, "Sir Bob Kerslaky's review of the council was published in December.")));

        // As good as the name itself, so above a near miss.
        assertThat(found("Kerslake")).containsExactly(3L, 4L);
        assertThat(found("kerslake’s")).containsExactly(3L, 4L);
    }

    @Test
    void aPluralIsFoundByItsSingular() {
        index.put(withPages(3, "Recommendations were accepted."));

        assertThat(found("recommendation")).containsExactly(3L);
    }

    @Test
    void aPhraseMatchesOnlyTheWordsInThatOrder() {
        index.putAll(List.of(
                withPages(1, "The improvement panel met the leader."),
                withPages(2, "The panel saw no improvement yet.")));

        assertThat(found("\"improvement panel\"")).containsExactly(1L);
        assertThat(found("improvement panel")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aPrefixMatchesEveryWordStartingSo() {
        index.putAll(List.of(withPages(1, "Kerslake"), withPages(2, "Kersley"), withPages(3, "Kensington")));

        assertThat(found("kersl*")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void everyWordMustBeInTheItemThoughOnAnyPage() {
        index.putAll(List.of(
                withPages(1, "The housing strategy.", "A later page on finance."),
                withPages(2, "The housing strategy alone.")));

        SearchResult result = index.search(SearchQuery.of("housing finance"));

        assertThat(result.hits()).extracting(SearchHit::itemId).containsExactly(1L);
        assertThat(result.totalItems()).isEqualTo(1);
    }

    @Test
    void theHitNamesTheBestPageAndEachItemIsCountedOnce() {
        index.putAll(List.of(
                withPages(1, "Nothing here.", "Children's services, children's services again.", "Children."),
                withPages(2, "Children's services.")));

        SearchResult result = index.search(SearchQuery.of("children services"));

        assertThat(result.totalItems()).isEqualTo(2);
        assertThat(result.hits())
                .extracting(SearchHit::itemId, SearchHit::page)
                .containsExactlyInAnyOrder(tuple(1L, 2), tuple(2L, 1));
    }

    @Test
    void titlesAndFileNamesAreSearchedAboveTheText() {
        index.putAll(List.of(
                withPages(1, "This page mentions the stocktake once."),
                item(2).title("Council stocktake").page("Nothing to see.").build(),
                item(3).fileName("budget_consultation-2016.pdf")
                        .page("No words of interest.")
                        .build()));

        assertThat(found("stocktake")).containsExactly(2L, 1L);
        assertThat(found("consultation")).containsExactly(3L);
    }

    @Test
    void anAnnotationIsFoundWithItsId() {
        index.put(item(4).page("The chief executive replied.")
                .annotation(40, 1, "chief executive", "Ask about the governance timetable.")
                .build());

        SearchResult result = index.search(SearchQuery.of("timetable"));

        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.itemId()).isEqualTo(4);
            assertThat(hit.annotationId()).isEqualTo(40);
            assertThat(hit.page()).isEqualTo(1);
        });
        assertThat(index.search(SearchQuery.of("replied")).hits().get(0).annotationId())
                .isNull();
    }

    @Test
    void theLimitCapsHitsButNotTheCount() {
        for (long id = 1; id <= 5; id++) {
            index.put(withPages(id, "Assurance letter number " + id));
        }

        SearchResult result = index.search(SearchQuery.of("assurance").withLimit(2));

        assertThat(result.hits()).hasSize(2);
        assertThat(result.totalItems()).isEqualTo(5);
    }

    @Test
    void aSnippetShowsTheMatchOnOneLineWithItsHighlights() {
        String filler = "Lorem ipsum dolor sit amet, consectetur.\n".repeat(20);
        index.put(withPages(
                1,
                filler + "The panel\twrote to the\u0007 Secretary of State about\r\nDistrict " + "committees. "
                        + filler));

        Snippet snippet =
                index.search(SearchQuery.of("district committee")).hits().get(0).snippet();

        assertThat(snippet.text()).doesNotContainPattern("\\p{Cntrl}").hasSizeLessThan(260);
        assertThat(snippet.highlights())
                .extracting(h -> snippet.text().substring(h.start(), h.end()))
                .containsExactly("District", "committees");
        assertThat(snippet.text()).contains("Secretary of State about District committees.");
    }
}
