package org.stocktake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchHit;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.Annotation;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** A note linked to recommendations: listed for them, found by a search for them, audited, and undone by unlinking. */
class NoteLinksTest {

    private static final String PAGE = "The budget gap is £250m. The panel asked for a revised budget by March.";

    @TempDir
    Path temp;

    private AppContext open() {
        return TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC(), new Actor("Frances Done"));
    }

    private Annotation noted(AppContext context) throws IOException {
        Path file = Files.writeString(temp.resolve("minutes.txt"), PAGE);
        context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
        EvidenceItem item = context.evidence().items().get(0);
        return context.annotations().add(item.id(), 1, 0, "The budget gap is £250m.".length(), "Ask for workings.");
    }

    private static Recommendation recommendation(AppContext context, String number) {
        return context.recommendations().recommendations(null).stream()
                .filter(r -> r.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLinkedNoteIsListedForItsRecommendationAndFoundBySearchingForIt() throws IOException {
        try (AppContext context = open()) {
            Annotation note = noted(context);
            Recommendation five = recommendation(context, "5");

            assertThat(context.noteLinks().link(note.id(), five.id())).isTrue();
            assertThat(context.noteLinks().link(note.id(), five.id()))
                    .as("twice")
                    .isFalse();

            assertThat(context.noteLinks().linkedTo(five.id()))
                    .extracting(Annotation::id)
                    .containsExactly(note.id());
            assertThat(context.noteLinks().of(note.id())).containsExactly(five.id());
            List<SearchHit> hits = context.evidenceSearch()
                    .search(SearchQuery.of("").withRecommendation(five.id()))
                    .hits();
            assertThat(hits).extracting(SearchHit::itemId).containsExactly(note.itemId());
            assertThat(context.evidence().linkedTo(five.id()))
                    .as("the document itself is not linked")
                    .isEmpty();
            assertThat(context.audit().verify().describe()).startsWith("Audit trail intact");
        }
    }

    @Test
    void unlinkingRemovesTheNoteFromTheRecommendationAndTheSearch() throws IOException {
        try (AppContext context = open()) {
            Annotation note = noted(context);
            Recommendation five = recommendation(context, "5");
            context.noteLinks().link(note.id(), five.id());

            assertThat(context.noteLinks().unlink(note.id(), five.id())).isTrue();
            assertThat(context.noteLinks().unlink(note.id(), five.id()))
                    .as("twice")
                    .isFalse();

            assertThat(context.noteLinks().linkedTo(five.id())).isEmpty();
            assertThat(context.evidenceSearch()
                            .search(SearchQuery.of("").withRecommendation(five.id()))
                            .hits())
                    .isEmpty();
            assertThat(context.audit().verify().describe()).startsWith("Audit trail intact");
        }
    }

    @Test
    void aDeletedRecommendationOrNoteCannotBeLinked() throws IOException {
        try (AppContext context = open()) {
            Annotation note = noted(context);
            Recommendation five = recommendation(context, "5");
            context.recommendations().delete(five.uuid());

            assertThatThrownBy(() -> context.noteLinks().link(note.id(), five.id()))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("no longer in the register");
            assertThatThrownBy(() -> context.noteLinks().link(note.id(), Long.MAX_VALUE))
                    .isInstanceOf(NotFoundException.class);
            Recommendation six = recommendation(context, "6");
            context.annotations().delete(note.id());
            assertThatThrownBy(() -> context.noteLinks().link(note.id(), six.id()))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("no note");
            assertThat(context.noteLinks().linkedTo(six.id())).isEmpty();
        }
    }

    @Test
    void aNoteDeletedAfterLinkingIsNoLongerListedAndTheTrailStillHolds() throws IOException {
        try (AppContext context = open()) {
            Annotation note = noted(context);
            Recommendation five = recommendation(context, "5");
            context.noteLinks().link(note.id(), five.id());

            context.annotations().delete(note.id());

            assertThat(context.noteLinks().linkedTo(five.id())).isEmpty();
            assertThat(context.audit().verify().describe()).startsWith("Audit trail intact");
        }
    }
}
