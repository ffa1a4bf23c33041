package org.stocktake.members.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.ValidationException;
import org.stocktake.testing.TestWorkspaces;

/** Signing in: by name and password among members, as anyone without members, and the rules that keep a chair. */
class SignInTest {

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

    private long refusalsOf(AppContext context, String who) {
        return context.audit().entriesFor(UUID.nameUUIDFromBytes(who.getBytes(StandardCharsets.UTF_8))).stream()
                .filter(e -> e.entity().equals(AuditTrail.REFUSAL))
                .count();
    }

    @Test
    void theChairSignsInWithTheirPasswordAndActsUnderTheirName() {
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            assertThat(chair.signedIn().actor().name()).isEqualTo("John Crabtree");
            assertThat(chair.signedIn().member()).map(Member::role).contains(MemberRole.CHAIR);
            assertThat(chair.members().members()).hasSize(5);
        }
    }

    @Test
    void aWrongPasswordIsRefusedInOneSentenceAndRecorded() {
        assertThatThrownBy(() -> PanelMembers.as(folder, CLOCK, "John Crabtree", "crab apple orchards"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("That is not John Crabtree's password; nothing was done. Check it (and"
                        + " STOCKTAKE_PASSWORD, if set) and try again.");
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            assertThat(refusalsOf(chair, "john")).isEqualTo(1);
            assertThat(chair.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void someoneWhoIsNoMemberIsRefused() {
        assertThatThrownBy(() -> PanelMembers.as(folder, CLOCK, "mallory", "anything"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("mallory is not a member of this workspace; set STOCKTAKE_USER to your user name (ask the"
                        + " chair for one).");
    }

    @Test
    void aMemberWithoutAPasswordIsNotAskedForOne() {
        try (AppContext member = PanelMembers.as(folder, CLOCK, "keith", null)) {
            assertThat(member.signedIn().actor().name()).isEqualTo("Keith Wakefield");
        }
    }

    @Test
    void aWorkspaceWithoutMembersLetsAnyoneDoAnything(@TempDir Path plain) {
        try (AppContext anyone = TestWorkspaces.open(plain, CLOCK, new Actor("Someone"))) {
            assertThat(anyone.signedIn().member()).isEmpty();
            assertThat(anyone.signedIn().actor().name()).isEqualTo("Someone");
            long round = anyone.assessments().allRounds().stream()
                    .filter(r -> !r.isFinal())
                    .findFirst()
                    .orElseThrow()
                    .id();
            assertThat(anyone.assessments().finalise(round).finalisedBy()).isEqualTo("Someone");
        }
    }

    @Test
    void aLoneMemberWithoutAPasswordIsSignedInWhoeverOpens(@TempDir Path plain) {
        try (AppContext anyone = TestWorkspaces.open(plain, CLOCK, new Actor("Someone"))) {
            anyone.members().add("Frances Done", "frances", MemberRole.CHAIR, null);
        }
        try (AppContext again = TestWorkspaces.open(plain, CLOCK, new Actor("whoever"))) {
            assertThat(again.signedIn().actor().name()).isEqualTo("Frances Done");
            assertThat(again.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void theFirstMemberIsTheChair(@TempDir Path plain) {
        try (AppContext anyone = TestWorkspaces.open(plain, CLOCK, new Actor("Someone"))) {
            assertThatThrownBy(() -> anyone.members().add("Frances Done", "frances", MemberRole.MEMBER, null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("The first member must be the chair");
            assertThat(anyone.members().members()).isEmpty();
        }
    }

    @Test
    void theOnlyChairCannotStepDown() {
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            assertThatThrownBy(() -> chair.members().changeRole("john", MemberRole.MEMBER))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("John Crabtree is the only chair");
            assertThatThrownBy(() -> chair.members().remove("john")).isInstanceOf(ValidationException.class);
            chair.members().changeRole("frances", MemberRole.CHAIR);
            chair.members().changeRole("john", MemberRole.MEMBER);
            assertThat(chair.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aMemberChangesTheirOwnPasswordButNobodyElses() {
        try (AppContext member = PanelMembers.as(folder, CLOCK, "keith", null)) {
            member.members().setPassword("keith", "keith's new words".toCharArray());
            assertThatThrownBy(() -> member.members().setPassword("steve", "steve's new words".toCharArray()))
                    .isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> PanelMembers.as(folder, CLOCK, "keith", "wrong words here"))
                .isInstanceOf(NotAllowedException.class);
        try (AppContext member = PanelMembers.as(folder, CLOCK, "keith", "keith's new words")) {
            assertThat(member.signedIn().actor().name()).isEqualTo("Keith Wakefield");
        }
    }

    @Test
    void aShortPasswordIsRefused() {
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            assertThatThrownBy(() -> chair.members().setPassword("steve", "short".toCharArray()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("A password needs at least 8 characters; a few words are best.");
        }
    }
}
