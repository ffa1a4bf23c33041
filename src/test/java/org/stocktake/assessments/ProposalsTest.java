package org.stocktake.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.ProposalStatus;
import org.stocktake.assessments.service.ProposedRating;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.members.service.PanelMembers;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.ValidationException;

/** An advisor proposes a rating; a member accepts or dismisses it; nobody else, and never in a final round. */
class ProposalsTest {

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
        return PanelMembers.as(folder, CLOCK, user, user.equals("john") ? PanelMembers.CHAIR_PASSWORD : "unused");
    }

    private static AssessmentRound openRound(AppContext context) {
        return context.assessments().allRounds().stream()
                .filter(round -> !round.isFinal())
                .findFirst()
                .orElseThrow();
    }

    private static Recommendation five(AppContext context) {
        return context.recommendations().recommendations(openRound(context).reviewId()).stream()
                .filter(r -> r.number().equals("5"))
                .findFirst()
                .orElseThrow();
    }

    private static Assessment rowOf(AppContext context, UUID recommendation) {
        return context.assessments().assessments(openRound(context).id()).stream()
                .filter(a -> a.recommendationUuid().equals(recommendation))
                .findFirst()
                .orElseThrow();
    }

    private static long refusalsOf(AppContext context, String who) {
        return context.audit().entriesFor(UUID.nameUUIDFromBytes(who.getBytes(StandardCharsets.UTF_8))).stream()
                .filter(e -> e.entity().equals(AuditTrail.REFUSAL))
                .count();
    }

    private long propose(String level, String commentary) {
        try (AppContext advisor = as("steve")) {
            return advisor.assessments()
                    .proposals()
                    .propose(openRound(advisor).id(), five(advisor).uuid(), level, commentary)
                    .id();
        }
    }

    @Test
    void anAdvisorProposesAndAMemberAcceptsItAsTheirOwnRating() {
        long id = propose("G", "The budget plan is credible now.");
        try (AppContext member = as("keith")) {
            List<ProposedRating> proposals =
                    member.assessments().proposals().ofRound(openRound(member).id());
            assertThat(proposals).singleElement().satisfies(p -> {
                assertThat(p.number()).isEqualTo("5");
                assertThat(p.level().label()).isEqualTo("Good progress");
                assertThat(p.proposal().proposedBy()).isEqualTo("Steve Robinson");
                assertThat(p.proposal().status()).isEqualTo(ProposalStatus.OPEN);
            });
            UUID recommendation = five(member).uuid();
            Assessment accepted = member.assessments().proposals().accept(id);
            assertThat(accepted.level().code()).isEqualTo("G");
            assertThat(accepted.assessor()).isEqualTo("Keith Wakefield");
            assertThat(rowOf(member, recommendation).level().code()).isEqualTo("G");
            assertThat(rowOf(member, recommendation).assessor()).isEqualTo("Keith Wakefield");
            ProposedRating decided = member.assessments().proposals().proposal(id);
            assertThat(decided.proposal().status()).isEqualTo(ProposalStatus.ACCEPTED);
            assertThat(decided.proposal().decidedBy()).isEqualTo("Keith Wakefield");
            List<AuditEntry> entries = member.audit().entriesFor(accepted.uuid());
            AuditEntry last = entries.get(entries.size() - 1);
            assertThat(last.action()).isEqualTo("accept proposal " + id);
            assertThat(last.actor()).isEqualTo("Keith Wakefield");
            assertThat(member.audit().entriesFor(decided.proposal().uuid()))
                    .extracting(AuditEntry::action, AuditEntry::actor)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("propose", "Steve Robinson"),
                            org.assertj.core.groups.Tuple.tuple("accept", "Keith Wakefield"));
            assertThat(member.audit().verify().intact()).isTrue();
            assertThatThrownBy(() -> member.assessments().proposals().accept(id))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Proposal " + id + " was accepted by Keith Wakefield already, so it cannot be"
                            + " accepted.");
        }
    }

    @Test
    void aDismissedProposalStaysAndChangesNoRating() {
        long id = propose("L", null);
        try (AppContext chair = as("john")) {
            Assessment before = rowOf(chair, five(chair).uuid());
            assertThat(chair.assessments().proposals().dismiss(id).proposal().status())
                    .isEqualTo(ProposalStatus.DISMISSED);
            assertThat(rowOf(chair, five(chair).uuid())).isEqualTo(before);
            assertThat(chair.assessments().proposals().ofRound(openRound(chair).id()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.proposal().decidedBy()).isEqualTo("John Crabtree"));
        }
    }

    @Test
    void anObserverMayNotPropose() {
        try (AppContext observer = as("mike")) {
            long before = refusalsOf(observer, "Mike Tomlinson");
            assertThatThrownBy(() -> observer.assessments()
                            .proposals()
                            .propose(openRound(observer).id(), five(observer).uuid(), "G", null))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessage("Mike Tomlinson is an observer in this workspace and may not propose ratings; the"
                            + " chair, the vice chair, a member or an advisor may.");
            assertThat(refusalsOf(observer, "Mike Tomlinson")).isEqualTo(before + 1);
            assertThat(observer.assessments()
                            .proposals()
                            .ofRound(openRound(observer).id()))
                    .isEmpty();
        }
    }

    @Test
    void anAdvisorMayNotAcceptOrDismiss() {
        long id = propose("G", null);
        try (AppContext advisor = as("steve")) {
            assertThatThrownBy(() -> advisor.assessments().proposals().accept(id))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("may not rate recommendations");
            assertThatThrownBy(() -> advisor.assessments().proposals().dismiss(id))
                    .isInstanceOf(NotAllowedException.class);
            assertThat(refusalsOf(advisor, "Steve Robinson")).isEqualTo(2);
            assertThat(advisor.assessments().proposals().proposal(id).proposal().isOpen())
                    .isTrue();
        }
    }

    @Test
    void aProposalOnAFinalRoundIsRefused() {
        try (AppContext advisor = as("steve")) {
            AssessmentRound last = advisor.assessments().allRounds().stream()
                    .filter(AssessmentRound::isFinal)
                    .findFirst()
                    .orElseThrow();
            UUID recommendation = advisor.recommendations()
                    .recommendations(last.reviewId())
                    .get(0)
                    .uuid();
            assertThatThrownBy(() -> advisor.assessments().proposals().propose(last.id(), recommendation, "G", null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("'" + last.title() + "' is final; its ratings can no longer be proposed.");
            assertThat(advisor.assessments().proposals().ofRound(last.id())).isEmpty();
        }
    }

    @Test
    void acceptingAfterTheRoundWasFinalisedIsRefusedAndTheProposalKept() {
        long id = propose("G", "On track.");
        try (AppContext member = as("keith")) {
            AssessmentRound round = openRound(member);
            Assessment before = rowOf(member, five(member).uuid());
            member.assessments().finalise(round.id());
            assertThatThrownBy(() -> member.assessments().proposals().accept(id))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("'" + round.title() + "' is final; its proposals can no longer be accepted.");
            assertThatThrownBy(() -> member.assessments().proposals().dismiss(id))
                    .isInstanceOf(ValidationException.class);
            ProposedRating kept = member.assessments().proposals().proposal(id);
            assertThat(kept.proposal().isOpen()).isTrue();
            assertThat(kept.proposal().commentary()).isEqualTo("On track.");
            assertThat(member.assessments().assessments(round.id()).stream()
                            .filter(a -> a.recommendationUuid().equals(before.recommendationUuid())))
                    .singleElement()
                    .isEqualTo(new Assessment(
                            before.uuid(),
                            before.roundId(),
                            before.recommendationUuid(),
                            before.number(),
                            before.title(),
                            before.theme(),
                            before.level(),
                            before.direction(),
                            before.commentary(),
                            before.assessor(),
                            before.assessedAt(),
                            before.version(),
                            before.corrected()));
        }
    }

    @Test
    void badInputIsOneSentenceAndWritesNothing() {
        try (AppContext advisor = as("steve")) {
            long round = openRound(advisor).id();
            UUID recommendation = five(advisor).uuid();
            var proposals = advisor.assessments().proposals();
            assertThatThrownBy(() -> proposals.propose(round, recommendation, "X", null))
                    .hasMessage("'X' is not a level of the Progress scale (N, L, S, G, E).");
            assertThatThrownBy(() -> proposals.propose(round, recommendation, "G", "x".repeat(2_001)))
                    .hasMessage("A proposal's commentary has at most 2,000 characters; this one has 2,001. Shorten"
                            + " it.");
            assertThatThrownBy(() -> proposals.propose(round, recommendation, "G", "Fine \u001b[31mred"))
                    .hasMessage("The commentary holds a control character (U+001B); remove it.");
            assertThat(proposals.ofRound(round)).isEmpty();
        }
    }
}
