package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.workspace.service.Workspace;

class RecommendationServiceTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private RecommendationService service;
    private Review review;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.bare(temp, Clock.systemUTC());
        service = new RecommendationService(workspace.database(), Clock.systemUTC());
        review = service.createReview(new ReviewDraft(
                "commissioners-2023", "Commissioners' priorities", "Commissioners", LocalDate.of(2023, 10, 5), null));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private RecommendationDraft draft(String number, String title) {
        return new RecommendationDraft(
                review.id(),
                number,
                "Finance",
                title,
                "Full text",
                "Section 151 officer",
                "High",
                LocalDate.of(2024, 3, 31),
                new SourceReference("Report", 12),
                null,
                false);
    }

    @Test
    void aCreatedRecommendationIsStoredWithEveryField() {
        Recommendation created = service.create(draft("1", "Balance the budget"));

        Recommendation stored = service.recommendation(created.uuid());
        assertThat(stored.number()).isEqualTo("1");
        assertThat(stored.theme()).isEqualTo("Finance");
        assertThat(stored.title()).isEqualTo("Balance the budget");
        assertThat(stored.owner()).isEqualTo("Section 151 officer");
        assertThat(stored.priority()).isEqualTo("High");
        assertThat(stored.milestone()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(stored.source()).isEqualTo(new SourceReference("Report", 12));
        assertThat(stored.reviewCode()).isEqualTo("commissioners-2023");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(service.themes(review.id())).containsExactly("Finance");
    }

    @Test
    void blankTextIsStoredAsAbsentAndTrimmed() {
        Recommendation created = service.create(
                new RecommendationDraft(review.id(), " 2 ", "  ", "  Title  ", " ", null, "", null, null, "  ", false));
        assertThat(created.number()).isEqualTo("2");
        assertThat(created.theme()).isNull();
        assertThat(created.title()).isEqualTo("Title");
        assertThat(created.body()).isNull();
        assertThat(created.notes()).isNull();
    }

    @Test
    void aDraftWithoutNumberOrTitleIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> service.create(draft(" ", "")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .containsExactly("A recommendation needs a number.", "A recommendation needs a title."));
        assertThat(service.recommendations(review.id())).isEmpty();
    }

    @Test
    void aNumberIsUniqueAmongTheLiveRecommendationsOfAReview() {
        service.create(draft("3a", "First"));
        assertThatThrownBy(() -> service.create(draft("3A", "Second")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Recommendation 3A already exists in this review.");

        Review other = service.createReview(new ReviewDraft("kerslake-2014", "The way forward", null, null, null));
        Recommendation elsewhere = service.create(new RecommendationDraft(
                other.id(), "3a", null, "Same number, other review", null, null, null, null, null, null, false));
        assertThat(elsewhere.number()).isEqualTo("3a");
    }

    @Test
    void lookAlikeNumbersAreTheSameNumber() {
        service.create(draft("5", "Five"));

        for (String same : List.of("\uFF15", "5\u00A0", "\u200B5", "\uFEFF5 ")) {
            assertThatThrownBy(() -> service.create(draft(same, "Look-alike")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Recommendation 5 already exists in this review.");
        }
        assertThat(service.recommendations(review.id())).hasSize(1);
    }

    @Test
    void twoPeopleCreatingOneNumberAtOnceLeaveOneRecommendation() throws Exception {
        for (int round = 1; round <= 5; round++) {
            String number = "C" + round;
            List<String> results = atOnce(person -> service.create(new RecommendationDraft(
                    review.id(), number, null, "At once", null, null, null, null, null, null, false)));

            assertThat(results)
                    .containsExactlyInAnyOrder(
                            "created", "Recommendation " + number + " already exists in this review.");
        }
        assertThat(service.recommendations(review.id())).hasSize(5);
    }

    @Test
    void twoPeopleAddingOneNewThemeAtOnceAreToldToSaveAgain() throws Exception {
        for (int round = 1; round <= 5; round++) {
            String theme = "Theme " + round;
            List<String> results = atOnce(person -> service.create(new RecommendationDraft(
                    review.id(), theme + "." + person, theme, "At once", null, null, null, null, null, null, false)));

            assertThat(results).contains("created");
            assertThat(results)
                    .allMatch(r -> r.equals("created")
                            || r.equals("Someone else added the theme '" + theme
                                    + "' at the same moment. Save again to use it."));
        }
    }

    /** What each of two people saw when they saved at the same moment: "created", or the sentence that refused. */
    private static List<String> atOnce(IntConsumer save) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int person = 0; person < 2; person++) {
                int who = person;
                outcomes.add(pool.submit(() -> {
                    together.await();
                    try {
                        save.accept(who);
                        return "created";
                    } catch (ValidationException e) {
                        return e.getMessage();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEditRaisesTheVersionAndAStaleEditIsRefused() {
        Recommendation created = service.create(draft("1", "Old title"));
        Recommendation edited = service.update(created.uuid(), created.version(), draft("1", "New title"));
        assertThat(edited.title()).isEqualTo("New title");
        assertThat(edited.version()).isEqualTo(2);

        assertThatThrownBy(() -> service.update(created.uuid(), created.version(), draft("1", "Lost update")))
                .isInstanceOf(StaleEditException.class);
        assertThat(service.recommendation(created.uuid()).title()).isEqualTo("New title");
    }

    @Test
    void anEditCannotTakeAnotherRecommendationsNumber() {
        service.create(draft("1", "One"));
        Recommendation two = service.create(draft("2", "Two"));
        assertThatThrownBy(() -> service.update(two.uuid(), two.version(), draft("1", "Two")))
                .isInstanceOf(ValidationException.class);
        assertThat(service.recommendation(two.uuid()).number()).isEqualTo("2");
    }

    @Test
    void deletionHidesARecommendationAndRestoreBringsItBack() {
        Recommendation created = service.create(draft("1", "Kept safe"));
        service.delete(created.uuid());
        assertThat(service.recommendations(review.id())).isEmpty();
        assertThat(service.recommendation(created.uuid()).title())
                .as("still stored")
                .isEqualTo("Kept safe");

        Recommendation restored = service.restore(created.uuid());
        assertThat(service.recommendations(review.id())).containsExactly(restored);
    }

    @Test
    void aDeletedNumberCanBeReusedButThenTheOldOneCannotComeBack() {
        Recommendation old = service.create(draft("1", "Old"));
        service.delete(old.uuid());
        service.create(draft("1", "New"));
        assertThatThrownBy(() -> service.restore(old.uuid()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("another recommendation now has that number");
    }

    @Test
    void recommendationsKeepTheOrderTheyWereAddedIn() {
        service.create(draft("10", "Ten"));
        service.create(draft("2", "Two"));
        assertThat(service.recommendations(review.id()))
                .extracting(Recommendation::number)
                .containsExactly("10", "2");
    }

    @Test
    void reviewCodesAreCheckedAndUnique() {
        assertThatThrownBy(() -> service.createReview(new ReviewDraft("Bad Code", "T", null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("short code");
        assertThatThrownBy(() -> service.createReview(new ReviewDraft("commissioners-2023", "T", null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already exists");
        assertThat(service.reviews()).hasSize(1);
    }

    @Test
    void anUnknownReviewOrRecommendationIsReportedByName() {
        assertThatThrownBy(() -> service.review("nope")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.recommendation(java.util.UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }
}
