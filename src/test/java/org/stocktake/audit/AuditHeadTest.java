package org.stocktake.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.audit.service.AuditHash;
import org.stocktake.audit.service.AuditProblem;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.Actor;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.workspace.service.Workspace;

/**
 * The head is kept twice, in the database and in a file beside it, so that cutting entries off the end of the trail
 * or wiping it is found even when the head row is reset to match.
 */
class AuditHeadTest {

    @TempDir
    Path temp;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC(), new Actor("Frances Done"));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private DSLContext sql() {
        return context.workspace().database().dsl().jooq();
    }

    private <T> T value(String query, Class<T> type) {
        return sql().fetchOne(query).get(0, type);
    }

    private long last() {
        return value("select max(seq) from audit_entry", Long.class);
    }

    private String hashAt(long seq) {
        return value("select hash from audit_entry where seq = " + seq, String.class);
    }

    private Path headFile() {
        return temp.resolve("audit-head");
    }

    /** Renames a recommendation through Stocktake: one audited change. */
    private void retitle(String number, String title) {
        Recommendation r = context.recommendations().recommendations(null).stream()
                .filter(x -> x.number().equals(number))
                .findFirst()
                .orElseThrow();
        RecommendationDraft d = r.toDraft();
        context.recommendations()
                .update(
                        r.uuid(),
                        r.version(),
                        new RecommendationDraft(
                                d.reviewId(),
                                d.number(),
                                d.theme(),
                                title,
                                d.body(),
                                d.owner(),
                                d.priority(),
                                d.milestone(),
                                d.source(),
                                d.notes(),
                                d.summaryOnly()));
    }

    private List<String> problems(AuditProblem.Kind kind) {
        return context.audit().verify().problems().stream()
                .filter(p -> p.kind() == kind)
                .map(AuditProblem::text)
                .toList();
    }

    @Test
    void theHeadFileFollowsEveryCommittedChange() throws Exception {
        retitle("3", "Clear roles for members and officers");

        assertThat(Files.readAllLines(headFile()))
                .containsExactly("stocktake audit head", "seq " + last(), "hash " + hashAt(last()));
        assertThat(context.audit().verify().problems()).isEmpty();
    }

    @Test
    void cuttingTheLastEntriesAndResettingTheHeadRowIsFound() {
        retitle("3", "Clear roles");
        retitle("4", "All-out elections");
        long last = last();
        sql().execute("delete from audit_entry where seq > " + (last - 2));
        sql().execute("update audit_head set seq = " + (last - 2) + ", hash = '" + hashAt(last - 2) + "'");

        AuditVerification result = context.audit().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(last - 1);
        assertThat(result.problems())
                .filteredOn(p -> p.kind() == AuditProblem.Kind.HEAD_FILE)
                .extracting(AuditProblem::text)
                .containsExactly("The trail ends at entry " + (last - 2) + ", but the head file ('audit-head' in the"
                        + " workspace folder) says it reached entry " + last + ": the newest entries were cut off.");
        assertThat(result.problems())
                .as("the database's own head is consistent, so the chain alone holds")
                .noneMatch(p -> p.kind() == AuditProblem.Kind.CHAIN);
    }

    @Test
    void wipingTheTrailAndTheHeadRowTogetherIsFound() {
        long last = last();
        sql().execute("delete from audit_entry");
        sql().execute("delete from audit_head");

        AuditVerification result = context.audit().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.entriesChecked()).isZero();
        assertThat(result.problem())
                .isEqualTo("The trail is empty, but the head file ('audit-head' in the workspace folder) says it"
                        + " reached entry " + last + ": the trail was wiped.");
        assertThat(result.problems())
                .as("and every row is now unknown to the trail")
                .anyMatch(p -> p.text()
                        .equals("Recommendation 5 (kerslake-2014) is in the data, but the trail has no entry about it:"
                                + " it was added outside Stocktake."));
    }

    @Test
    void aHeadFileBehindTheTrailIsAcceptedWhenTheTrailExtendsIt() throws Exception {
        // As if the process died after a commit and before the head file was moved on: the file lags.
        byte[] before = Files.readAllBytes(headFile());
        retitle("3", "Clear roles");
        retitle("4", "All-out elections");
        Files.write(headFile(), before);

        assertThat(context.audit().verify().problems()).isEmpty();
    }

    @Test
    void aHeadFileBehindTheTrailWithAnotherHashIsFound() throws Exception {
        long at = last();
        retitle("3", "Clear roles");
        Files.writeString(headFile(), "stocktake audit head\nseq " + at + "\nhash " + "ab".repeat(32) + "\n");

        assertThat(problems(AuditProblem.Kind.HEAD_FILE))
                .containsExactly("Entry " + at + " is not the one the head file ('audit-head' in the workspace"
                        + " folder) recorded: the trail was rewritten from there.");
    }

    @Test
    void aDeletedHeadFileIsFoundAndNotQuietlyMadeAgain() throws Exception {
        Files.delete(headFile());
        retitle("3", "Clear roles");
        context.close();
        context = TestWorkspaces.open(temp, Clock.systemUTC(), new Actor("Frances Done"));

        assertThat(headFile()).doesNotExist();
        assertThat(problems(AuditProblem.Kind.HEAD_FILE))
                .containsExactly("The head file ('audit-head' in the workspace folder) is missing, though the trail"
                        + " started keeping it at entry 1: it was deleted, perhaps to hide entries cut off the trail.");
    }

    @Test
    void aDamagedHeadFileIsFound() throws Exception {
        Files.writeString(headFile(), "seq 12\n");

        assertThat(problems(AuditProblem.Kind.HEAD_FILE))
                .containsExactly("The head file ('audit-head' in the workspace folder) was altered or damaged: it is"
                        + " not a head as Stocktake writes it.");
    }

    @Test
    void aWorkspaceFromBeforeTheHeadFileStartsOneOnOpenAndTheTrailSaysWhen() {
        context.close();
        context = null;
        Path older = temp.resolve("older");
        long entriesBefore;
        try (Workspace workspace = TestWorkspaces.bare(older, Clock.systemUTC())) {
            // Written as a build without the head file wrote: through the services, with no file kept.
            var recommendations = new RecommendationService(workspace.database(), Clock.systemUTC());
            var review =
                    recommendations.createReview(new ReviewDraft("older-2013", "An older review", null, null, null));
            recommendations.create(new RecommendationDraft(
                    review.id(), "1", null, "Do better", null, null, null, null, null, null, false));
            workspace.rename("An older workspace");
            entriesBefore = workspace
                    .database()
                    .dsl()
                    .jooq()
                    .fetchOne("select max(seq) from audit_entry")
                    .get(0, Long.class);
        }
        assertThat(older.resolve("audit-head")).doesNotExist();

        context = TestWorkspaces.open(older, Clock.systemUTC(), new Actor("Frances Done"));

        assertThat(older.resolve("audit-head")).exists();
        var started =
                sql().fetchOne("select seq, action, after_state from audit_entry where entity = 'audit-head-file'");
        assertThat(started.get(0, Long.class)).isEqualTo(entriesBefore + 1);
        assertThat(started.get(1, String.class)).isEqualTo("start");
        assertThat(started.get(2, String.class))
                .isEqualTo("{\"file\":\"audit-head\",\"afterEntry\":" + entriesBefore + "}");
        assertThat(context.audit().verify().problems()).isEmpty();
    }

    @Test
    void aLastEntryReplacedByAConsistentOneIsFoundByTheHeadRowsHash() throws Exception {
        // Rewrite the newest entry so that it still follows the one before it and hashes right: only the hash the
        // head row recorded for it tells. The head file would tell as well, so it is taken away to test the row.
        long last = last();
        sql().execute("update audit_entry set actor = 'Mallory' where seq = " + last);
        UUID about = value("select entity_uuid from audit_entry where seq = " + last, UUID.class);
        AuditEntry rewritten = context.audit().entriesFor(about).stream()
                .filter(e -> e.seq() == last)
                .findFirst()
                .orElseThrow();
        sql().execute("update audit_entry set hash = '" + AuditHash.of(rewritten) + "' where seq = " + last);
        Files.delete(headFile());

        assertThat(problems(AuditProblem.Kind.CHAIN))
                .containsExactly("The chain is broken at entry " + last + ": it is not the newest entry the head row"
                        + " recorded (it was replaced outside Stocktake).");
    }

    @Test
    void entriesAddedBeyondTheHeadRowAreFound() {
        long last = last();
        sql().execute("update audit_head set seq = " + (last - 1) + ", hash = '" + hashAt(last - 1) + "'");

        assertThat(problems(AuditProblem.Kind.CHAIN))
                .containsExactly("The chain is broken at entry " + last + ": the head row says the trail ends at entry "
                        + (last - 1) + ", but it goes on to entry " + last
                        + " (entries were added outside Stocktake).");
    }
}
