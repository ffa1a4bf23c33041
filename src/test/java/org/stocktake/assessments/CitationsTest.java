package org.stocktake.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Citation;
import org.stocktake.assessments.service.CitedEvidence;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.Annotation;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** An assessment cites the library's documents at a page: kept, shown by name, refused when it cannot stand. */
class CitationsTest {

    @TempDir
    Path temp;

    private AppContext open() {
        return TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC(), new Actor("Frances Done"));
    }

    private EvidenceItem report(AppContext context) throws IOException {
        Path file = Files.writeString(temp.resolve("progress-report.txt"), "Page one\fPage two\fPage three");
        context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
        return context.evidence().items().get(0);
    }

    private static AssessmentRound draftRound(AppContext context) {
        return context.assessments().allRounds().stream()
                .filter(r -> !r.isFinal())
                .findFirst()
                .orElseThrow();
    }

    private static Recommendation five(AppContext context, AssessmentRound round) {
        return context.recommendations().recommendations(round.reviewId()).stream()
                .filter(r -> r.number().equals("5"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCitationIsKeptWithTheAssessmentAndNamedByTitleAndPage() throws IOException {
        try (AppContext context = open()) {
            EvidenceItem item = report(context);
            AssessmentRound round = draftRound(context);
            Recommendation five = five(context, round);

            Citation cited = context.citations().cite(round.id(), five.uuid(), item.id(), 2, null);
            Citation again = context.citations().cite(round.id(), five.uuid(), item.id(), 2, null);

            assertThat(again.id()).as("the same place cited twice").isEqualTo(cited.id());
            List<CitedEvidence> shown = context.citations().of(round.id(), five.uuid());
            assertThat(shown).singleElement().satisfies(c -> {
                assertThat(c.label()).startsWith(item.title()).endsWith(", p. 2");
                assertThat(c.page()).isEqualTo(2);
                assertThat(c.citation().citedBy()).isEqualTo("Frances Done");
            });
            assertThat(context.citations().ofRound(round.id())).containsOnlyKeys(five.id());
            assertThat(context.audit().verify().describe()).startsWith("Audit trail intact");
        }
    }

    @Test
    void aCitedNoteGivesItsPageAndRemovingACitationIsAudited() throws IOException {
        try (AppContext context = open()) {
            EvidenceItem item = report(context);
            Annotation note = context.annotations().add(item.id(), 3, 0, 4, "Read this");
            AssessmentRound round = draftRound(context);
            Recommendation five = five(context, round);

            Citation cited = context.citations().cite(round.id(), five.uuid(), item.id(), null, note.id());
            assertThat(cited.page()).isEqualTo(3);
            assertThat(cited.annotationId()).isEqualTo(note.id());

            context.citations().remove(cited.id());
            assertThat(context.citations().of(round.id(), five.uuid())).isEmpty();
            assertThatThrownBy(() -> context.citations().remove(cited.id())).isInstanceOf(NotFoundException.class);
            assertThat(context.audit().verify().describe()).startsWith("Audit trail intact");
        }
    }

    @Test
    void citationsAreCarriedForwardWithTheCommentary() throws IOException {
        try (AppContext context = open()) {
            EvidenceItem item = report(context);
            AssessmentRound round = draftRound(context);
            Recommendation five = five(context, round);
            context.citations().cite(round.id(), five.uuid(), item.id(), 1, null);

            AssessmentRound next = context.assessments()
                    .createRound(new RoundDraft(round.reviewId(), "Next round", LocalDate.of(2019, 3, 1)), round.id());

            assertThat(context.citations().of(next.id(), five.uuid()))
                    .extracting(CitedEvidence::itemId, CitedEvidence::page)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(item.id(), 1));
            assertThat(context.audit().verify().describe()).startsWith("Audit trail intact");
        }
    }

    @Test
    void whatCannotStandIsRefusedInOneSentence() throws IOException {
        try (AppContext context = open()) {
            EvidenceItem item = report(context);
            AssessmentRound round = draftRound(context);
            Recommendation five = five(context, round);
            long id = item.id();

            assertThatThrownBy(() -> context.citations().cite(round.id(), five.uuid(), id, 4, null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("has no page 4; it has 3 pages");
            assertThatThrownBy(() -> context.citations().cite(round.id(), five.uuid(), id, 0, null))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> context.citations().cite(round.id(), five.uuid(), 999_999, 1, null))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("no document 999999");
            assertThatThrownBy(() -> context.citations().cite(round.id(), five.uuid(), id, 1, 999_999L))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("no note");
            AssessmentRound finalRound = context.assessments().allRounds().stream()
                    .filter(AssessmentRound::isFinal)
                    .findFirst()
                    .orElseThrow();
            assertThatThrownBy(() -> context.citations().cite(finalRound.id(), five.uuid(), id, 1, null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("is final");
            context.recommendations().delete(five.uuid());
            assertThatThrownBy(() -> context.citations().cite(round.id(), five.uuid(), id, 1, null))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("no longer in the register");
            assertThat(context.audit().verify().describe()).startsWith("Audit trail intact");
        }
    }

    @Test
    void anAssessmentCitesAtMostFiftyPlaces() throws IOException {
        try (AppContext context = open()) {
            Path folder = Files.createDirectories(temp.resolve("many"));
            for (int i = 0; i < 51; i++) {
                Files.writeString(folder.resolve("doc-" + i + ".txt"), "Document number " + i);
            }
            context.evidenceImporter().add(List.of(folder), AddOptions.NONE, Progress.NONE);
            AssessmentRound round = draftRound(context);
            Recommendation five = five(context, round);
            List<EvidenceItem> items = context.evidence().items();
            for (int i = 0; i < 50; i++) {
                context.citations().cite(round.id(), five.uuid(), items.get(i).id(), null, null);
            }

            assertThatThrownBy(() -> context.citations()
                            .cite(round.id(), five.uuid(), items.get(50).id(), null, null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("at most 50");
        }
    }
}
