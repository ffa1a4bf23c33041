package org.stocktake.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.members.service.MemberRole;
import org.stocktake.shared.task.SameThreadTaskRunner;
import org.stocktake.testing.TestWorkspaces;

/** The Members screen's model over a real workspace without members, with a same-thread task runner. */
class MembersViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private MembersViewModel model;
    private final List<String> refusals = new ArrayList<>();
    private int done;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(folder, Clock.systemUTC());
        model = new MembersViewModel(
                context.members(), context.panel(), context.signedIn().permissions(), new SameThreadTaskRunner());
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void add(String person, String userName, MemberRole role, String password, String again) {
        model.add(person, userName, role, password.toCharArray(), again.toCharArray(), () -> done++, refusals::add);
    }

    @Test
    void withoutMembersOnlyTheChairMayBeAddedAndAnyoneMayManage() {
        assertThat(model.emptyProperty().get()).isTrue();
        assertThat(model.rolesForNew()).containsExactly(MemberRole.CHAIR);
        assertThat(model.manageRefusal()).isEmpty();
        assertThat(model.people()).contains("John Crabtree", "Mike Tomlinson");

        add("John Crabtree", "john", MemberRole.CHAIR, "", "");

        assertThat(done).isEqualTo(1);
        assertThat(model.emptyProperty().get()).isFalse();
        assertThat(model.people()).doesNotContain("John Crabtree");
        assertThat(model.rolesForNew()).contains(MemberRole.OBSERVER);
        assertThat(model.messageProperty().get()).isEqualTo("Added John Crabtree as the chair, signing in as john.");
    }

    @Test
    void passwordsThatDifferAreRefusedBeforeTheServiceIsAsked() {
        add("John Crabtree", "john", MemberRole.CHAIR, "crab apple orchard", "crab apple orchid");

        assertThat(refusals).containsExactly("The two passwords differ; type the same one twice.");
        assertThat(done).isZero();
        assertThat(context.members().members()).isEmpty();
    }

    @Test
    void theServicesRefusalComesBackAsItsOwnSentenceAndLeavesTheScreensMessage() {
        add("John Crabtree", "john", MemberRole.CHAIR, "", "");
        String added = model.messageProperty().get();

        add("Mike Tomlinson", "john", MemberRole.OBSERVER, "", "");

        assertThat(refusals).containsExactly("The user name john is taken; choose another.");
        assertThat(model.messageProperty().get())
                .as("the dialog shows its refusal; the screen keeps its last outcome")
                .isEqualTo(added);
        assertThat(context.members().members()).hasSize(1);
    }

    @Test
    void aRoleChangeTheServiceRefusesIsToldOnTheScreen() {
        add("John Crabtree", "john", MemberRole.CHAIR, "", "");
        add("Mike Tomlinson", "mike", MemberRole.OBSERVER, "", "");

        model.changeRole(model.members().get(0), MemberRole.MEMBER);

        assertThat(model.messageProperty().get())
                .isEqualTo("John Crabtree is the only chair; make someone else chair first, so that someone can"
                        + " manage the members.");
        assertThat(model.refusedProperty().get()).isTrue();
        assertThat(model.members().get(0).role()).isEqualTo(MemberRole.CHAIR);
    }
}
