package org.stocktake.members.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.letters.service.Letter;
import org.stocktake.shared.NotAllowedException;

/** Each role's forbidden actions refused in the services, each refusal one sentence and an entry in the trail. */
class RolesTest {

    private static final Clock CLOCK = Clock.systemUTC();

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

    private AppContext as(String user) {
        return PanelMembers.as(folder, CLOCK, user, "unused");
    }

    private static AssessmentRound openRound(AppContext context) {
        return context.assessments().allRounds().stream()
                .filter(round -> !round.isFinal())
                .findFirst()
                .orElseThrow();
    }

    private static Letter letter(AppContext context, String signatory) {
        return context.letters().letters().stream()
                .map(l -> context.letters().letter(l.id()))
                .filter(l -> l.document().signatories().stream()
                        .anyMatch(s -> s.name().contains(signatory)))
                .findFirst()
                .orElseThrow();
    }

    /** Asserts the call is refused in one sentence naming the action, and that the refusal is in the trail. */
    private static void refused(AppContext context, String action, Runnable call) {
        long before = refusals(context);
        assertThatThrownBy(call::run)
                .isInstanceOf(NotAllowedException.class)
                .message()
                .contains("may not " + action)
                .endsWith(".")
                .doesNotContain("\n");
        assertThat(refusals(context)).isEqualTo(before + 1);
    }

    private static long refusals(AppContext context) {
        String who = context.signedIn().actor().name();
        List<AuditEntry> entries = context.audit()
                .entriesFor(UUID.nameUUIDFromBytes(who.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return entries.stream()
                .filter(e -> e.entity().equals(AuditTrail.REFUSAL))
                .count();
    }

    private static AssessmentDraft someRating() {
        return new AssessmentDraft(null, null, "");
    }

    @Test
    void anAdvisorMayNotRate() {
        try (AppContext advisor = as("steve")) {
            AssessmentRound round = openRound(advisor);
            UUID recommendation =
                    advisor.recommendations().recommendations(null).get(0).uuid();
            refused(advisor, "rate recommendations", () -> advisor.assessments()
                    .save(round.id(), recommendation, 1, someRating()));
        }
    }

    @Test
    void anAdvisorMayNotFinaliseARound() {
        try (AppContext advisor = as("steve")) {
            refused(advisor, "finalise a round", () -> advisor.assessments()
                    .finalise(openRound(advisor).id()));
            assertThat(openRound(advisor).isFinal()).isFalse();
        }
    }

    @Test
    void anAdvisorMayNotIssue() {
        try (AppContext advisor = as("steve")) {
            Letter letter = letter(advisor, "Crabtree");
            refused(advisor, "issue letters", () -> advisor.issuing().issue(letter, new byte[] {1}, null));
        }
    }

    @Test
    void anAdvisorMayNotDraftLetters() {
        try (AppContext advisor = as("steve")) {
            Letter letter = letter(advisor, "Crabtree");
            refused(advisor, "draft letters", () -> advisor.letters().save(letter, "Changed", letter.document()));
        }
    }

    @Test
    void anAdvisorAnnotatesAndComments() {
        try (AppContext advisor = as("steve")) {
            Letter letter = letter(advisor, "Crabtree");
            assertThat(advisor.drafts()
                            .comment(letter, null, null, "Say more about housing.")
                            .body())
                    .isEqualTo("Say more about housing.");
            assertThatThrownBy(() -> advisor.annotations().add(999_999, 0, 0, 1, "A note"))
                    .isNotInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void anObserverMayNotAnnotate() {
        try (AppContext observer = as("mike")) {
            refused(observer, "annotate evidence", () -> observer.annotations().add(1, 0, 0, 1, "A note"));
        }
    }

    @Test
    void anObserverMayNotRate() {
        try (AppContext observer = as("mike")) {
            AssessmentRound round = openRound(observer);
            UUID recommendation =
                    observer.recommendations().recommendations(null).get(0).uuid();
            refused(observer, "rate recommendations", () -> observer.assessments()
                    .save(round.id(), recommendation, 1, someRating()));
        }
    }

    @Test
    void anObserverMayNotAddEvidence() {
        try (AppContext observer = as("mike")) {
            refused(observer, "add or change evidence", () -> observer.evidence()
                    .add(List.of()));
        }
    }

    @Test
    void anObserverMayNotComment() {
        try (AppContext observer = as("mike")) {
            Letter letter = letter(observer, "Crabtree");
            refused(observer, "comment on drafts", () -> observer.drafts().comment(letter, null, null, "Hmm."));
        }
    }

    @Test
    void anObserverMayNotChangeTheRegister() {
        try (AppContext observer = as("mike")) {
            UUID recommendation =
                    observer.recommendations().recommendations(null).get(0).uuid();
            refused(observer, "change the register", () -> observer.recommendations()
                    .delete(recommendation));
        }
    }

    @Test
    void aMemberMayNotIssue() {
        try (AppContext member = as("keith")) {
            Letter letter = letter(member, "Crabtree");
            refused(member, "issue letters", () -> member.issuing().issue(letter, new byte[] {1}, null));
        }
    }

    @Test
    void aMemberMayNotManageMembers() {
        try (AppContext member = as("keith")) {
            refused(member, "manage the workspace's members", () -> member.members()
                    .changeRole("keith", MemberRole.CHAIR));
        }
    }

    @Test
    void theViceChairMayNotIssue() {
        try (AppContext vice = as("frances")) {
            Letter letter = letter(vice, "Crabtree");
            refused(vice, "issue letters", () -> vice.issuing().publish(letter, null, null));
        }
    }

    @Test
    void aMemberRatesAndFinalises() {
        try (AppContext member = as("keith")) {
            AssessmentRound round = openRound(member);
            assertThat(member.assessments().finalise(round.id()).isFinal()).isTrue();
            assertThat(member.assessments().allRounds().stream().filter(r -> r.id() == round.id()))
                    .allMatch(r -> "Keith Wakefield".equals(r.finalisedBy()));
            assertThat(member.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void onlyANamedSignatorySigns() {
        try (AppContext member = as("keith")) {
            Letter letter = letter(member, "Crabtree");
            long before = refusals(member);
            assertThatThrownBy(() -> member.letters().permitSigning(letter))
                    .isInstanceOf(NotAllowedException.class)
                    .message()
                    .startsWith("Only this letter's named signatories (")
                    .endsWith(") may sign it, and Keith Wakefield is not one of them.");
            assertThat(refusals(member)).isEqualTo(before + 1);
        }
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            chair.letters().permitSigning(letter(chair, "Crabtree"));
        }
    }

    @Test
    void anObserverMayNotSignEvenWhenNamed() {
        try (AppContext observer = as("mike")) {
            refused(observer, "sign this letter", () -> observer.letters().permitSigning(letter(observer, "Crabtree")));
        }
    }
}
