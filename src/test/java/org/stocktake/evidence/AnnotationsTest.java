package org.stocktake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchHit;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.Anchored;
import org.stocktake.evidence.service.Annotation;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceSearch;
import org.stocktake.evidence.service.TextStatus;
import org.stocktake.shared.Actor;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** Highlights with notes: anchored to their passage, found again when the text shifts, searchable, audited. */
class AnnotationsTest {

    private static final String PAGE = "The panel met the council on Tuesday. The budget gap is £250m. The panel"
            + " asked for a revised budget by March.";

    @TempDir
    Path temp;

    private AppContext open() {
        return TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC(), new Actor("Frances Done"));
    }

    private EvidenceItem note(AppContext context) throws IOException {
        Path file = Files.writeString(temp.resolve("minutes.txt"), PAGE);
        context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
        return context.evidence().items().get(0);
    }

    @Test
    void aHighlightKeepsItsPassageAuthorAndNote() throws IOException {
        try (AppContext context = open()) {
            EvidenceItem item = note(context);
            int start = PAGE.indexOf("The budget gap");
            Annotation added = context.annotations()
                    .add(item.id(), 1, start, start + "The budget gap is £250m.".length(), "Ask for the workings.");

            assertThat(added.quote()).isEqualTo("The budget gap is £250m.");
            assertThat(added.author()).isEqualTo("Frances Done");
            List<Anchored> listed = context.annotations().of(item.id());
            assertThat(listed).singleElement().satisfies(a -> {
                assertThat(a.found()).isTrue();
                assertThat(PAGE.substring(a.start(), a.end())).isEqualTo("The budget gap is £250m.");
            });
            assertThat(context.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void theSecondOfTwoLikePassagesIsFoundAgainAfterTheTextShifts() throws IOException {
        try (AppContext context = open()) {
            EvidenceItem item = note(context);
            int second = PAGE.lastIndexOf("The panel");
            context.annotations().add(item.id(), 1, second, second + "The panel".length(), "");
            String shifted = "Minutes (draft)\n" + PAGE;

            context.evidence().recordText(item.id(), List.of(shifted), TextStatus.EXTRACTED, null);

            Anchored again = context.annotations().of(item.id()).get(0);
            assertThat(again.found()).isTrue();
            assertThat(again.start())
                    .as("the second occurrence, by its context")
                    .isEqualTo(shifted.lastIndexOf("The panel"));
        }
    }

    @Test
    void aNoteIsFoundBySearchAfterReopeningAndAnIndexRebuild() throws IOException {
        long id;
        try (AppContext context = open()) {
            EvidenceItem item = note(context);
            id = item.id();
            context.annotations().add(item.id(), 1, 0, 9, "Chase the revised timetable");
            assertThat(hits(context, "timetable")).anyMatch(h -> h.annotationId() != null);
        }
        deleteTree(temp.resolve("workspace").resolve(EvidenceSearch.FOLDER));

        try (AppContext context = open()) {
            assertThat(hits(context, "timetable")).extracting(SearchHit::itemId).contains(id);
            assertThat(context.annotations().of(id)).singleElement().satisfies(a -> assertThat(a.found())
                    .isTrue());
        }
    }

    @Test
    void aRemovedNoteLeavesTheListAndTheSearchButNotTheTrail() throws IOException {
        try (AppContext context = open()) {
            EvidenceItem item = note(context);
            Annotation added = context.annotations().add(item.id(), 1, 0, 9, "Chase the revised timetable");

            context.annotations().delete(added.id());

            assertThat(context.annotations().of(item.id())).isEmpty();
            assertThat(hits(context, "timetable")).isEmpty();
            assertThat(context.audit().verify().intact()).isTrue();
            assertThat(context.audit().entriesFor(added.uuid()))
                    .extracting(e -> e.action())
                    .containsExactly("add", "delete");
        }
    }

    @Test
    void aHighlightThatIsNotAPassageOrANoteThatCannotBeKeptIsRefused() throws IOException {
        try (AppContext context = open()) {
            EvidenceItem item = note(context);
            var annotations = context.annotations();

            assertThatThrownBy(() -> annotations.add(item.id(), 1, 5, 5, "")).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> annotations.add(item.id(), 2, 0, 5, "")).hasMessageContaining("no page 2");
            assertThatThrownBy(() -> annotations.add(item.id(), 1, 0, PAGE.length() + 1, ""))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> annotations.add(item.id(), 1, 0, 5, "bad \u001b[2J note"))
                    .hasMessageContaining("control character");
            assertThatThrownBy(() -> annotations.add(item.id(), 1, 0, 5, "x".repeat(10_001)))
                    .hasMessageContaining("at most 10000");
            assertThat(annotations.of(item.id())).isEmpty();
        }
    }

    private static List<SearchHit> hits(AppContext context, String query) {
        return context.evidenceSearch().search(SearchQuery.of(query)).hits();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
