package org.stocktake.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.Actor;
import org.stocktake.testing.TestWorkspaces;

/** The chain must notice any change made to stored entries behind the application's back. */
class AuditTrailTest {

    @TempDir
    Path temp;

    private AppContext context;
    private Recommendation five;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC(), new Actor("Frances Done"));
        five = context.recommendations().recommendations(null).get(4);
        var draft = five.toDraft();
        context.recommendations()
                .update(
                        five.uuid(),
                        five.version(),
                        new org.stocktake.recommendations.service.RecommendationDraft(
                                draft.reviewId(),
                                draft.number(),
                                draft.theme(),
                                "Balance the budget to 2018/19",
                                draft.body(),
                                draft.owner(),
                                draft.priority(),
                                draft.milestone(),
                                draft.source(),
                                null,
                                draft.summaryOnly()));
        context.recommendations().delete(five.uuid());
        context.recommendations().restore(five.uuid());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void sql(String statement) {
        context.workspace().database().dsl().jooq().execute(statement);
    }

    private long entries() {
        return context.workspace()
                .database()
                .dsl()
                .jooq()
                .fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("AUDIT_ENTRY")));
    }

    @Test
    void everyChangeIsRecordedWithWhoAndTheStatesBeforeAndAfter() {
        var entries = context.audit().entriesFor(five.uuid());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("create", "update", "delete", "restore");
        AuditEntry update = entries.get(1);
        assertThat(update.actor()).isEqualTo("Frances Done");
        assertThat(update.before()).contains("A credible plan to balance the budget");
        assertThat(update.after()).contains("Balance the budget to 2018/19");
        assertThat(context.audit().verify().intact()).isTrue();
    }

    @Test
    void anUntouchedTrailVerifies() {
        AuditVerification result = context.audit().verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(entries());
        assertThat(result.describe()).startsWith("Audit trail intact: ").endsWith("; data agrees with the trail.");
    }

    @Test
    void anAlteredEntryIsFound() {
        sql("update audit_entry set actor = 'Someone else' where seq = 5");
        AuditVerification result = context.audit().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(5);
        assertThat(result.problem()).contains("altered");
    }

    @Test
    void anAlteredStateIsFound() {
        sql("update audit_entry set after_state = replace(after_state, 'Balance', 'Ignore') where action = 'update'");
        assertThat(context.audit().verify().problem()).contains("altered");
    }

    @Test
    void aDeletedEntryIsFound() {
        sql("delete from audit_entry where seq = 3");
        AuditVerification result = context.audit().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void deletingTheNewestEntriesIsFound() {
        long last = entries();
        sql("delete from audit_entry where seq >= " + (last - 1));
        AuditVerification result = context.audit().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(last - 1);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void reorderedEntriesAreFound() {
        // Swap the sequence numbers of entries 2 and 3, as someone reordering the log would.
        sql("update audit_entry set seq = -1 where seq = 2");
        sql("update audit_entry set seq = 2 where seq = 3");
        sql("update audit_entry set seq = 3 where seq = -1");
        AuditVerification result = context.audit().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).isEqualTo(2);
        assertThat(result.problem()).contains("does not follow");
    }

    @Test
    void aRecomputedHashDoesNotHideAnEditBecauseTheNextLinkStillPointsAtTheOldOne() {
        sql("update audit_entry set actor = 'Mallory' where seq = 2");
        java.util.UUID about = context.workspace()
                .database()
                .dsl()
                .jooq()
                .fetchOne("select entity_uuid from audit_entry where seq = 2")
                .get(0, java.util.UUID.class);
        AuditEntry tampered = context.audit().entriesFor(about).stream()
                .filter(e -> e.seq() == 2)
                .findFirst()
                .orElseThrow();
        sql("update audit_entry set hash = '" + org.stocktake.audit.service.AuditHash.of(tampered) + "' where seq = 2");

        AuditVerification result = context.audit().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt())
                .as("entry 2 now hashes right, but entry 3 was chained to its old hash")
                .isEqualTo(3);
    }
}
