package org.stocktake.recommendations.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stocktake.shared.persistence.jooq.Tables.RECOMMENDATION;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.workspace.service.Workspace;

/**
 * The database's own hold on unique live numbers, reached past the service's check by calling the repository
 * directly, as two writers at once would.
 */
class RecommendationRepositoryTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private Database database;
    private final RecommendationRepository recommendations = new RecommendationRepository();
    private long reviewId;
    private final OffsetDateTime now = OffsetDateTime.now(Clock.systemUTC());

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.bare(folder, Clock.systemUTC());
        database = workspace.database();
        reviewId = database.transaction(tx -> new ReviewRepository()
                        .insert(tx, new ReviewDraft("backstop-2024", "Backstop", null, null, null), now))
                .id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private UUID insert(String number) {
        return database.transaction(tx -> recommendations.insert(tx, draft(number), null, 1, now));
    }

    private RecommendationDraft draft(String number) {
        return new RecommendationDraft(
                reviewId, number, null, "Title " + number, null, null, null, null, null, null, false);
    }

    private int rows() {
        return database.dsl().jooq().fetchCount(RECOMMENDATION);
    }

    @Test
    void theDatabaseRefusesASecondLiveRecommendationWithTheSameNumber() {
        insert("5");

        for (String same : new String[] {"5", "\uFF15", "5\u00A0"}) {
            assertThatThrownBy(() -> insert(same))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Recommendation 5 already exists in this review.");
        }
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void numbersDifferingOnlyInCaseAreOneNumberToTheDatabaseToo() {
        insert("4a");

        assertThatThrownBy(() -> insert("4A"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Recommendation 4A already exists in this review.");
    }

    @Test
    void deletedRecommendationsMayRepeatANumber() {
        for (int i = 0; i < 3; i++) {
            UUID uuid = insert("7");
            database.transact(tx -> recommendations.markDeleted(tx, uuid, now));
        }
        insert("7");

        assertThat(rows()).isEqualTo(4);
        assertThat(recommendations.live(database.dsl(), reviewId)).hasSize(1);
    }

    @Test
    void anEditOntoATakenNumberIsRefusedByTheDatabase() {
        insert("1");
        UUID two = insert("2");

        assertThatThrownBy(() -> database.transaction(tx -> recommendations.update(tx, two, 1, draft("1"), null, now)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Recommendation 1 already exists in this review.");
        assertThat(recommendations.byUuid(database.dsl(), two).orElseThrow().number())
                .isEqualTo("2");
    }

    @Test
    void aRestoreOntoATakenNumberIsRefusedByTheDatabase() {
        UUID old = insert("3");
        database.transact(tx -> recommendations.markDeleted(tx, old, now));
        insert("3");

        assertThatThrownBy(() -> database.transaction(tx -> recommendations.restore(tx, old, now)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Recommendation 3 already exists in this review.");
        assertThat(recommendations.isDeleted(database.dsl(), old)).isTrue();
    }

    @Test
    void aRestoredRecommendationHoldsItsNumberAgain() {
        UUID old = insert("8");
        database.transact(tx -> recommendations.markDeleted(tx, old, now));
        database.transaction(tx -> recommendations.restore(tx, old, now));

        assertThatThrownBy(() -> insert("8")).isInstanceOf(ValidationException.class);
    }

    @Test
    void otherFailuresPassThroughUntouched() {
        RecommendationDraft orphan = new RecommendationDraft(
                reviewId + 99, "1", null, "No such review", null, null, null, null, null, null, false);

        assertThatThrownBy(() -> database.transaction(tx -> recommendations.insert(tx, orphan, null, 1, now)))
                .isInstanceOf(DataAccessException.class)
                .isNotInstanceOf(ValidationException.class);
    }
}
