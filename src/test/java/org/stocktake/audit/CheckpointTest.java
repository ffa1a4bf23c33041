package org.stocktake.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.audit.persistence.AuditRepository;
import org.stocktake.audit.persistence.HeadFile;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.audit.service.AuditHash;
import org.stocktake.audit.service.AuditProblem;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.members.service.PanelMembers;
import org.stocktake.shared.Actor;
import org.stocktake.shared.crypto.Ed25519;
import org.stocktake.testing.TestWorkspaces;

/**
 * Signed checkpoints: a round finalised by a member with a password signs the trail's head, and verification then
 * finds a trail rewritten up to there, even one rewritten whole with every hash recomputed.
 */
class CheckpointTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final String PASSWORD = PanelMembers.CHAIR_PASSWORD;

    @TempDir
    static Path template;

    @TempDir
    Path folder;

    @BeforeAll
    static void make() {
        PanelMembers.make(template, CLOCK);
    }

    @BeforeEach
    void members() {
        PanelMembers.copy(template, folder);
    }

    private AppContext asJohn(String password) {
        return PanelMembers.as(folder, CLOCK, "john", password);
    }

    private static AssessmentRound finaliseTheOpenRound(AppContext context) {
        AssessmentRound open = context.assessments().allRounds().stream()
                .filter(round -> !round.isFinal())
                .findFirst()
                .orElseThrow();
        return context.assessments().finalise(open.id());
    }

    private static DSLContext sql(AppContext context) {
        return context.workspace().database().dsl().jooq();
    }

    private static List<Record> checkpoints(AppContext context) {
        return sql(context).fetch("select seq, hash, signer, occasion, signature from audit_checkpoint order by id");
    }

    private static List<String> problems(AppContext context, AuditProblem.Kind kind) {
        return context.audit().verify().problems().stream()
                .filter(p -> p.kind() == kind)
                .map(AuditProblem::text)
                .toList();
    }

    @Test
    void aFinaliseSignsTheHeadAndTheCheckpointVerifies() {
        try (AppContext context = asJohn(PASSWORD)) {
            AssessmentRound round = finaliseTheOpenRound(context);

            List<Record> made = checkpoints(context);
            assertThat(made).hasSize(1);
            long head = sql(context).fetchOne("select seq from audit_head").get(0, Long.class);
            assertThat(made.get(0).get(0, Long.class)).isEqualTo(head);
            assertThat(made.get(0).get(2, String.class)).isEqualTo("John Crabtree");
            assertThat(made.get(0).get(3, String.class)).isEqualTo("round '" + round.title() + "' finalised");
            AuditVerification result = context.audit().verify();
            assertThat(result.problems()).isEmpty();
            assertThat(result.checkpoints())
                    .startsWith("1 signed checkpoint checked; the newest, of entry " + head
                            + ", was signed by John Crabtree on ");
        }
    }

    @Test
    void anEntryAlteredBeforeACheckpointIsReportedAgainstIt() {
        try (AppContext context = asJohn(PASSWORD)) {
            finaliseTheOpenRound(context);
            sql(context).execute("update audit_entry set actor = 'Someone else' where seq = 5");

            assertThat(problems(context, AuditProblem.Kind.CHAIN)).isNotEmpty();
            assertThat(problems(context, AuditProblem.Kind.CHECKPOINT))
                    .singleElement()
                    .asString()
                    .startsWith("The checkpoint of entry ")
                    .contains("signed by John Crabtree on ")
                    .endsWith("no longer holds: the chain is broken at entry 5, before it, so entries it vouched for"
                            + " were altered.");
        }
    }

    @Test
    void aChainRewrittenWholeWithEveryHashRecomputedIsFoundByTheCheckpoint() throws Exception {
        try (AppContext context = asJohn(PASSWORD)) {
            finaliseTheOpenRound(context);
            rewriteFrom(context, 3);
            // Without the checkpoint the rewrite holds together: chain, head row and head file all agree.
            assertThat(problems(context, AuditProblem.Kind.CHAIN)).isEmpty();
            assertThat(problems(context, AuditProblem.Kind.HEAD_FILE)).isEmpty();

            long signed = checkpoints(context).get(0).get(0, Long.class);
            assertThat(problems(context, AuditProblem.Kind.CHECKPOINT))
                    .singleElement()
                    .asString()
                    .startsWith("Entry " + signed + " is not the one the checkpoint of entry " + signed)
                    .endsWith("signed: the trail was rewritten up to there.");
        }
    }

    @Test
    void aForgedSignatureIsReported() {
        try (AppContext context = asJohn(PASSWORD)) {
            finaliseTheOpenRound(context);
            sql(context)
                    .execute("update audit_checkpoint set signature = '"
                            + Base64.getEncoder().encodeToString(new byte[64]) + "'");

            assertThat(problems(context, AuditProblem.Kind.CHECKPOINT))
                    .singleElement()
                    .asString()
                    .endsWith("does not carry a valid signature by John Crabtree's key: it was forged or altered, or"
                            + " the key was changed outside Stocktake.");
        }
    }

    @Test
    void aCheckpointSignedWithAKeyOfSomeoneElsesMakingIsReported() {
        try (AppContext context = asJohn(PASSWORD)) {
            finaliseTheOpenRound(context);
            Ed25519.Pair forger = Ed25519.generate();
            sql(context)
                    .execute("update audit_checkpoint set key_fingerprint = '"
                            + Ed25519.fingerprint(forger.publicKey()) + "', signature = '"
                            + Base64.getEncoder()
                                    .encodeToString(Ed25519.sign(
                                            forger.privateKey(), "anything".getBytes(StandardCharsets.UTF_8)))
                            + "'");

            assertThat(problems(context, AuditProblem.Kind.CHECKPOINT))
                    .singleElement()
                    .asString()
                    .endsWith("was signed with a key no member of this workspace has had: it was forged, or the key"
                            + " was removed.");
        }
    }

    @Test
    void aPasswordChangeKeepsTheKeySoEarlierCheckpointsStillVerify() {
        String before;
        try (AppContext context = asJohn(PASSWORD)) {
            finaliseTheOpenRound(context);
            before = context.members()
                    .keyFingerprint(context.signedIn().member().orElseThrow())
                    .orElseThrow();
            context.members().setPassword("john", "a new and longer one".toCharArray());
        }
        try (AppContext context = asJohn("a new and longer one")) {
            assertThat(context.members()
                            .keyFingerprint(context.signedIn().member().orElseThrow())
                            .orElseThrow())
                    .isEqualTo(before);
            assertThat(context.audit().signer()).isPresent();
            assertThat(context.audit().verify().problems()).isEmpty();
            assertThat(sql(context).fetchCount(org.jooq.impl.DSL.table("member_key")))
                    .isEqualTo(1);
        }
    }

    @Test
    void aPasswordResetByTheChairIsANewKeyAndTheOldOneStillChecksWhatItSigned() {
        try (AppContext context = asJohn(PASSWORD)) {
            context.members().setPassword("frances", "frances's first password".toCharArray());
        }
        java.util.UUID first;
        try (AppContext context = PanelMembers.as(folder, CLOCK, "frances", "frances's first password")) {
            finaliseTheOpenRound(context);
            first = keyOf(context, "frances");
        }
        try (AppContext context = asJohn(PASSWORD)) {
            context.members().setPassword("frances", "frances's second password".toCharArray());

            assertThat(keyOf(context, "frances")).isNotEqualTo(first);
            assertThat(context.audit().entriesFor(first))
                    .extracting(AuditEntry::action)
                    .containsExactly("add", "retire");
            assertThat(checkpoints(context).get(0).get(2, String.class)).isEqualTo("Frances Done");
            assertThat(context.audit().verify().problems()).isEmpty();
        }
    }

    @Test
    void aMemberWhosePasswordCameBeforeKeysGetsAKeyAtTheirNextSignIn() {
        try (AppContext context = asJohn(PASSWORD)) {
            // As a workspace from before keys: a password, and no key.
            sql(context)
                    .execute(
                            "update member set password_hash = ? where user_name = 'frances'",
                            org.stocktake.shared.crypto.PasswordHash.of("an older password".toCharArray()));
        }
        try (AppContext context = PanelMembers.as(folder, CLOCK, "frances", "an older password")) {
            assertThat(context.audit().signer()).isPresent();
            assertThat(context.audit().entriesFor(keyOf(context, "frances")))
                    .extracting(AuditEntry::action, AuditEntry::actor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("add", "Frances Done"));
            finaliseTheOpenRound(context);
            assertThat(checkpoints(context)).singleElement().satisfies(row -> assertThat(row.get(2, String.class))
                    .isEqualTo("Frances Done"));
        }
    }

    @Test
    void aMemberWithoutAPasswordSignsNothingAndVerificationSaysSo() {
        try (AppContext context = PanelMembers.as(folder, CLOCK, "keith", null)) {
            finaliseTheOpenRound(context);
            assertThat(checkpoints(context)).isEmpty();
            AuditVerification result = context.audit().verify();
            assertThat(result.problems()).isEmpty();
            assertThat(result.checkpoints())
                    .isEqualTo("No checkpoints yet: one is signed each time a member with a signing key finalises a"
                            + " round or issues a letter. Without a signing key, so that what they finalise or issue"
                            + " is not checkpointed: Frances Done (no password), Keith Wakefield (no password), Steve"
                            + " Robinson (no password), Mike Tomlinson (no password).");
        }
    }

    @Test
    void aWorkspaceWithoutMembersWorksAsBeforeAndVerificationSaysSo(@TempDir Path plain) {
        try (AppContext context = TestWorkspaces.open(plain, CLOCK, new Actor("Frances Done"))) {
            finaliseTheOpenRound(context);
            assertThat(checkpoints(context)).isEmpty();
            AuditVerification result = context.audit().verify();
            assertThat(result.problems()).isEmpty();
            assertThat(result.checkpoints())
                    .isEqualTo("No checkpoints: this workspace has no members, so nobody signs the trail and it is"
                            + " checked by its hashes alone, as before.");
        }
    }

    @Test
    void aKeyMadeOrRetiredIsAnAuditedChangeAndAKeySwappedInTheFileIsFound() {
        try (AppContext context = asJohn(PASSWORD)) {
            assertThat(context.audit().entriesFor(keyOf(context, "john")))
                    .extracting(AuditEntry::action)
                    .containsExactly("add");
            Ed25519.Pair swapped = Ed25519.generate();
            sql(context)
                    .execute("update member_key set public_key = '"
                            + Base64.getEncoder().encodeToString(swapped.publicKey()) + "'");

            assertThat(problems(context, AuditProblem.Kind.DATA))
                    .singleElement()
                    .asString()
                    .startsWith("Signing key ");
        }
    }

    private static java.util.UUID keyOf(AppContext context, String user) {
        return sql(context)
                .fetchOne("select k.uuid from member_key k join member m on m.uuid = k.member_uuid"
                        + " where m.user_name = '" + user + "' and k.retired_at is null")
                .get(0, java.util.UUID.class);
    }

    /**
     * What someone with the file could do: change entry {@code from} and recompute every hash after it, with the head
     * row and the head file moved to match.
     */
    private static void rewriteFrom(AppContext context, long from) throws Exception {
        DSLContext sql = sql(context);
        sql.execute("update audit_entry set actor = 'Mallory' where seq = " + from);
        String previous = sql.fetchOne("select hash from audit_entry where seq = " + (from - 1))
                .get(0, String.class);
        long last = sql.fetchOne("select max(seq) from audit_entry").get(0, Long.class);
        for (long seq = from; seq <= last; seq++) {
            long at = seq;
            java.util.UUID about = sql.fetchOne("select entity_uuid from audit_entry where seq = " + seq)
                    .get(0, java.util.UUID.class);
            AuditEntry stored = context.audit().entriesFor(about).stream()
                    .filter(e -> e.seq() == at)
                    .findFirst()
                    .orElseThrow();
            AuditEntry relinked = new AuditEntry(
                    stored.seq(),
                    stored.recordedAt(),
                    stored.actor(),
                    stored.entity(),
                    stored.entityUuid(),
                    stored.action(),
                    stored.before(),
                    stored.after(),
                    previous,
                    null);
            previous = AuditHash.of(relinked);
            sql.execute(
                    "update audit_entry set prev_hash = ?, hash = ? where seq = ?", relinked.prevHash(), previous, seq);
        }
        sql.execute("update audit_head set hash = ? where seq = ?", previous, last);
        new HeadFile(context.workspace().folder()).write(new AuditRepository.Head(last, previous));
    }
}
