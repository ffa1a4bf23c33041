package org.stocktake.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.HistoryEntry;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.assessments.service.RoundFinalisedException;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.Actor;
import org.stocktake.shared.ValidationException;
import org.stocktake.testing.TestWorkspaces;

class AssessmentServiceTest {

    @TempDir
    Path temp;

    private AppContext context;
    private AssessmentService service;
    private long reviewId;
    private List<Recommendation> recommendations;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC(), new Actor("Steve Robinson"));
        service = context.assessments();
        reviewId = context.recommendations()
                .createReview(new ReviewDraft("test-2024", "A test review", null, null, null))
                .id();
        for (int i = 1; i <= 3; i++) {
            context.recommendations()
                    .create(new RecommendationDraft(
                            reviewId,
                            String.valueOf(i),
                            "Theme",
                            "Recommendation " + i,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            false));
        }
        recommendations = context.recommendations().recommendations(reviewId);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private AssessmentRound round(String title, LocalDate on, Long copyFrom) {
        return service.createRound(new RoundDraft(reviewId, title, on), copyFrom);
    }

    private Assessment rate(AssessmentRound round, int index, String level, String commentary) {
        UUID uuid = recommendations.get(index).uuid();
        int version = service.assessments(round.id()).stream()
                .filter(a -> a.recommendationUuid().equals(uuid))
                .findFirst()
                .orElseThrow()
                .version();
        return service.save(round.id(), uuid, version, new AssessmentDraft(level, Direction.STATIC, commentary));
    }

    @Test
    void aNewRoundListsEveryRecommendationUnassessed() {
        AssessmentRound round = round("First", LocalDate.of(2015, 11, 5), null);
        assertThat(round.isFinal()).isFalse();
        assertThat(round.createdBy()).isEqualTo("Steve Robinson");
        assertThat(service.assessments(round.id())).hasSize(3).allMatch(a -> !a.isRated() && a.version() == 0);
    }

    @Test
    void aSavedAssessmentIsReadBackWithItsAssessor() {
        AssessmentRound round = round("First", LocalDate.of(2015, 11, 5), null);
        Assessment saved = rate(round, 0, "s", "Some progress made");
        assertThat(saved.level().label()).isEqualTo("Some progress");
        assertThat(saved.assessor()).isEqualTo("Steve Robinson");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(rate(round, 0, "G", "Better").version()).isEqualTo(2);
    }

    @Test
    void aLevelOffTheScaleIsRefused() {
        AssessmentRound round = round("First", LocalDate.of(2015, 11, 5), null);
        assertThatThrownBy(() -> rate(round, 0, "Q", null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'Q' is not a level of the Progress scale (N, L, S, G, E)");
    }

    @Test
    void copyForwardCarriesEveryAssessmentIntoTheNewRound() {
        AssessmentRound first = round("First", LocalDate.of(2015, 11, 5), null);
        rate(first, 0, "L", "Limited");
        rate(first, 1, "S", "Some");
        AssessmentRound second = round("Second", LocalDate.of(2016, 1, 11), first.id());
        List<Assessment> copied = service.assessments(second.id());
        assertThat(copied)
                .extracting(a -> a.level() == null ? null : a.level().code())
                .containsExactly("L", "S", null);
        assertThat(copied.get(0).commentary()).isEqualTo("Limited");
        assertThat(copied.get(0).isCarried()).isTrue();
        assertThat(copied.get(0).assessor())
                .as("nobody has said it still holds")
                .isNull();
        assertThat(copied.get(0).assessedAt()).isNull();
        assertThat(copied.get(0).isAssessed()).isFalse();
        assertThat(copied.get(2).isCarried()).as("nothing to carry").isFalse();
        assertThat(service.assessments(first.id()).get(0).commentary())
                .as("the source is untouched")
                .isEqualTo("Limited");
    }

    @Test
    void savingACarriedRowUnchangedConfirmsItAsTheSaversAndToday() {
        AssessmentRound first = round("First", LocalDate.of(2015, 11, 5), null);
        rate(first, 0, "L", "Limited");
        AssessmentRound second = round("Second", LocalDate.of(2016, 1, 11), first.id());
        Assessment carried = service.assessments(second.id()).get(0);

        Assessment confirmed =
                service.save(second.id(), carried.recommendationUuid(), carried.version(), carried.toDraft());

        assertThat(confirmed.isCarried()).isFalse();
        assertThat(confirmed.isAssessed()).isTrue();
        assertThat(confirmed.assessor()).isEqualTo("Steve Robinson");
        assertThat(confirmed.assessedAt()).isNotNull();
        assertThat(confirmed.level().code()).isEqualTo("L");
        assertThat(confirmed.commentary()).isEqualTo("Limited");
        assertThat(context.audit().entriesFor(confirmed.uuid()))
                .extracting(e -> e.action())
                .containsExactly("copy", "update");
    }

    @Test
    void aRoundsCorrectionsAreReadBesideTheOriginals() {
        AssessmentRound round = round("Interim assessment", LocalDate.of(2015, 11, 5), null);
        rate(round, 0, "L", "Limited");
        rate(round, 1, "S", "Some");
        service.finalise(round.id());
        UUID first = recommendations.get(0).uuid();
        service.correct(round.id(), first, new AssessmentDraft("S", Direction.IMPROVING, "Better"), "Late evidence");

        var corrections = service.corrections(round.id());

        assertThat(corrections).containsOnlyKeys(first);
        HistoryEntry entry = corrections.get(first);
        assertThat(entry.level().code()).as("the original").isEqualTo("L");
        assertThat(entry.assessor()).isEqualTo("Steve Robinson");
        assertThat(entry.corrections()).singleElement().satisfies(c -> {
            assertThat(c.level().code()).isEqualTo("S");
            assertThat(c.reason()).isEqualTo("Late evidence");
            assertThat(c.correctedBy()).isEqualTo("Steve Robinson");
            assertThat(c.correctedAt()).isNotNull();
        });
    }

    @Test
    void aFinalisedRoundRefusesEditsWithAClearMessage() {
        AssessmentRound round = round("Interim assessment", LocalDate.of(2015, 11, 5), null);
        rate(round, 0, "L", "Limited");
        service.finalise(round.id());
        assertThatThrownBy(() -> rate(round, 0, "G", "Rewriting history"))
                .isInstanceOf(RoundFinalisedException.class)
                .hasMessageContaining("'Interim assessment' was finalised by Steve Robinson")
                .hasMessageContaining("Record a correction instead");
        assertThat(service.assessments(round.id()).get(0).level().code()).isEqualTo("L");
        assertThatThrownBy(() -> service.finalise(round.id())).isInstanceOf(ValidationException.class);
    }

    @Test
    void aCorrectionIsAppendedAndTheOriginalStays() {
        AssessmentRound round = round("Interim assessment", LocalDate.of(2015, 11, 5), null);
        rate(round, 0, "L", "Limited");
        service.finalise(round.id());
        UUID uuid = recommendations.get(0).uuid();
        assertThatThrownBy(() -> service.correct(round.id(), uuid, new AssessmentDraft("S", null, null), " "))
                .hasMessageContaining("needs a reason");

        Assessment corrected = service.correct(
                round.id(),
                uuid,
                new AssessmentDraft("S", Direction.IMPROVING, "Some progress after all"),
                "Evidence arrived late");
        assertThat(corrected.level().code()).isEqualTo("S");
        assertThat(corrected.corrected()).isTrue();

        HistoryEntry entry = service.history(uuid).get(0);
        assertThat(entry.level().code()).as("the original").isEqualTo("L");
        assertThat(entry.currentLevel().code()).isEqualTo("S");
        assertThat(entry.corrections()).singleElement().satisfies(c -> assertThat(c.reason())
                .isEqualTo("Evidence arrived late"));
    }

    @Test
    void aDraftRoundIsEditedNotCorrected() {
        AssessmentRound round = round("Draft", LocalDate.of(2015, 11, 5), null);
        rate(round, 0, "L", null);
        assertThatThrownBy(() -> service.correct(
                        round.id(), recommendations.get(0).uuid(), new AssessmentDraft("S", null, null), "reason"))
                .hasMessageContaining("still a draft");
    }

    @Test
    void historyIsInTheOrderOfTheRoundsDatesNotOfEntry() {
        AssessmentRound later = round("Later", LocalDate.of(2016, 3, 15), null);
        AssessmentRound earlier = round("Earlier", LocalDate.of(2015, 11, 5), null);
        rate(later, 2, "G", "Good");
        rate(earlier, 2, "N", "Not started");
        List<HistoryEntry> history = service.history(recommendations.get(2).uuid());
        assertThat(history).extracting(e -> e.round().title()).containsExactly("Earlier", "Later");
        assertThat(service.latest(reviewId)
                        .get(recommendations.get(2).uuid())
                        .level()
                        .code())
                .isEqualTo("G");
    }

    @Test
    void aStaleSaveIsRefused() {
        AssessmentRound round = round("First", LocalDate.of(2015, 11, 5), null);
        UUID uuid = recommendations.get(0).uuid();
        service.save(round.id(), uuid, 0, new AssessmentDraft("L", null, null));
        assertThatThrownBy(() -> service.save(round.id(), uuid, 0, new AssessmentDraft("S", null, null)))
                .hasMessageContaining("changed since you opened it");
    }

    @Test
    void everyAssessmentChangeIsInTheAuditTrail() {
        AssessmentRound round = round("First", LocalDate.of(2015, 11, 5), null);
        Assessment saved = rate(round, 0, "L", null);
        rate(round, 0, "S", null);
        service.finalise(round.id());
        assertThat(context.audit().entriesFor(saved.uuid()))
                .extracting(e -> e.action())
                .containsExactly("create", "update");
        assertThat(context.audit().entriesFor(round.uuid()))
                .extracting(e -> e.action())
                .containsExactly("create", "finalise");
        assertThat(context.audit().verify().intact()).isTrue();
    }
}
