package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.members.service.Member;
import org.stocktake.members.service.MemberRole;
import org.stocktake.members.service.PanelMembers;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.testing.FakeFileDialogs;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.testing.WindowTestBase;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;

/**
 * The Members screen and greying out, in the real window over a workspace with one member in each role: the chair
 * adds a member and changes a role from the screen, a refusal is shown as the service's own sentence with nothing
 * typed lost, and an observer finds what they may not do greyed out, saying why.
 */
class MembersWindowTest extends WindowTestBase {

    /** The workspace with members, made once: the chair's password takes a second to hash. */
    @TempDir
    static Path template;

    @TempDir
    Path temp;

    private Stage stage;
    private FxTaskRunner tasks;
    private MainWindow window;
    private AppContext context;

    @BeforeAll
    static void makeTheMembers() {
        PanelMembers.make(template.resolve("panel"), Clock.systemUTC());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            waitUntil(
                    "background work has finished", () -> !tasks.busyProperty().get());
            tasks.close();
        }
        if (context != null) {
            context.close();
        }
    }

    /** The window over a copy of the members' workspace, with {@code user} signed in. */
    private void openAs(String user, String password) {
        Path folder = temp.resolve("panel");
        PanelMembers.copy(template.resolve("panel"), folder);
        show(PanelMembers.as(folder, Clock.systemUTC(), user, password));
    }

    private void show(AppContext opened) {
        context = opened;
        tasks = new FxTaskRunner();
        interact(() -> {
            window = new MainWindow(stage, WindowSettings.load(temp), tasks, new FakeFileDialogs());
            stage.show();
            window.open(context);
        });
        waitUntil("the register is read", () -> !tasks.busyProperty().get() && window.register() != null);
    }

    private void showArea(Area area) {
        interact(() -> window.show(area));
        waitUntil(area.label + " is shown", () -> !tasks.busyProperty().get());
    }

    @SuppressWarnings("unchecked")
    private TableView<Member> membersTable() {
        return onFx(() -> (TableView<Member>) window.areaOnShow().lookup("#members-table"));
    }

    private Member shown(String userName) {
        return onFx(() -> membersTable().getItems().stream()
                .filter(m -> m.userName().equals(userName))
                .findFirst()
                .orElse(null));
    }

    private Member stored(String userName) {
        return context.members().members().stream()
                .filter(m -> m.userName().equals(userName))
                .findFirst()
                .orElseThrow();
    }

    private Node node(String query) {
        return onFx(() -> lookup(query).match(WindowTestBase::onScreen).query());
    }

    private String tooltip(String query) {
        return onFx(() -> ((Control) node(query)).getTooltip().getText());
    }

    private MenuItem menuItem(String id) {
        return onFx(() -> lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow());
    }

    /** Fills the add dialog and presses Add; the dialog stays open until the member is added. */
    @SuppressWarnings("unchecked")
    private void add(String person, String userName, MemberRole role) {
        clickOn("#members-add");
        waitUntil("the add dialog is shown", () -> showing("#add-member-dialog"));
        interact(() -> {
            ((ComboBox<String>) lookup("#member-person").query()).setValue(person);
            ((TextField) lookup("#member-user-name").query()).setText(userName);
            ((ComboBox<MemberRole>) lookup("#member-role").query()).setValue(role);
        });
        clickOn("#member-confirm");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChairAddsAMemberAndChangesTheirRoleFromTheScreen() {
        openAs("john", PanelMembers.CHAIR_PASSWORD);
        showArea(Area.MEMBERS);
        waitUntil("the five members are listed", () -> membersTable().getItems().size() == 5);
        assertThat(shown("john").passwordSet()).isTrue();
        assertThat(shown("mike").role()).isEqualTo(MemberRole.OBSERVER);

        add("Andrew Christie", "andrew", MemberRole.ADVISOR);
        waitUntil("the dialog closes once the member is added", () -> !showing("#add-member-dialog"));
        waitUntil("the new member is listed", () -> shown("andrew") != null);
        assertThat(stored("andrew").role()).isEqualTo(MemberRole.ADVISOR);
        assertThat(stored("andrew").personName()).isEqualTo("Andrew Christie");

        interact(() -> membersTable().getSelectionModel().select(shown("andrew")));
        interact(() -> ((ComboBox<MemberRole>) node("#members-role")).setValue(MemberRole.VICE_CHAIR));
        clickOn("#members-change-role");
        waitUntil("the role is changed", () -> shown("andrew").role() == MemberRole.VICE_CHAIR);
        assertThat(stored("andrew").role()).isEqualTo(MemberRole.VICE_CHAIR);
        assertThat(text("#members-message")).isEqualTo("Andrew Christie is now the vice chair.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusalShowsTheServicesSentenceAndKeepsWhatWasTyped() {
        openAs("john", PanelMembers.CHAIR_PASSWORD);
        showArea(Area.MEMBERS);
        waitUntil("the members are listed", () -> membersTable().getItems().size() == 5);

        add("Andrew Christie", "frances", MemberRole.MEMBER);
        waitUntil("the refusal is shown in the dialog", () -> showing("#member-problem"));
        assertThat(text("#member-problem")).isEqualTo("The user name frances is taken; choose another.");
        assertThat(onFx(() -> ((ComboBox<String>) lookup("#member-person").query()).getValue()))
                .isEqualTo("Andrew Christie");
        assertThat(text("#member-user-name")).isEqualTo("frances");
        interact(() -> ((TextField) lookup("#member-user-name").query()).setText("andrew"));
        clickOn("#member-confirm");
        waitUntil("the corrected member is added", () -> shown("andrew") != null);

        interact(() -> membersTable().getSelectionModel().select(shown("john")));
        interact(() -> ((ComboBox<MemberRole>) node("#members-role")).setValue(MemberRole.MEMBER));
        clickOn("#members-change-role");
        waitUntil("the refusal is shown", () -> text("#members-message").startsWith("John Crabtree is the only"));
        assertThat(text("#members-message"))
                .isEqualTo("John Crabtree is the only chair; make someone else chair first, so that someone can"
                        + " manage the members.");
        assertThat(onFx(() -> node("#members-message").getStyleClass())).contains("danger");
        assertThat(stored("john").role()).isEqualTo(MemberRole.CHAIR);
    }

    @Test
    void anObserverFindsWhatTheyMayNotDoGreyedOutSayingWhy() {
        openAs("mike", null);
        String observer = "Mike Tomlinson is an observer in this workspace and may not ";
        assertThat(onFx(() -> menuItem("menu-import").isDisable())).isTrue();
        assertThat(onFx(() -> menuItem("menu-import").getText())).endsWith("(not for an observer)");
        assertThat(onFx(() -> menuItem("menu-encrypt").isDisable())).isTrue();
        assertThat(onFx(() -> menuItem("menu-export").isDisable()))
                .as("reading is open to every member")
                .isFalse();
        waitUntil("the register's own buttons are greyed out", () -> node("#new-recommendation")
                .isDisabled());
        assertThat(tooltip("#new-recommendation")).startsWith(observer + "change the register");

        showArea(Area.ASSESSMENTS);
        waitUntil("the round is read", () -> showing("#finalise-round"));
        waitUntil("rating is greyed out", () -> node("#finalise-round").isDisabled());
        assertThat(tooltip("#finalise-round")).startsWith(observer + "finalise a round");
        assertThat(node("#new-round").isDisabled()).isTrue();
        assertThat(tooltip("#new-round")).startsWith(observer + "rate recommendations");
        assertThat(onFx(() ->
                        window.assessmentScreen().model().readOnlyProperty().get()))
                .as("no rating can be chosen in the grid")
                .isTrue();

        showArea(Area.EVIDENCE);
        waitUntil("adding evidence is greyed out", () -> node("#evidence-add-files")
                .isDisabled());
        assertThat(tooltip("#evidence-add-files")).startsWith(observer + "add or change evidence");

        showArea(Area.LETTERS);
        waitUntil("drafting is greyed out", () -> node("#new-letter").isDisabled());
        assertThat(tooltip("#new-letter")).startsWith(observer + "draft letters");

        showArea(Area.MEMBERS);
        waitUntil("the members are listed", () -> membersTable().getItems().size() == 5);
        assertThat(node("#members-add").isDisabled()).isTrue();
        assertThat(tooltip("#members-add")).startsWith(observer + "manage the workspace's members");
        interact(() -> membersTable().getSelectionModel().select(shown("mike")));
        assertThat(node("#members-password").isDisabled())
                .as("their own password they may set")
                .isFalse();
        interact(() -> membersTable().getSelectionModel().select(shown("john")));
        assertThat(node("#members-password").isDisabled()).isTrue();
        assertThat(node("#members-remove").isDisabled()).isTrue();
    }

    @Test
    void aWorkspaceWithoutMembersKeepsEverythingAndLeadsToAddingTheChair() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("plain"));
        show(TestWorkspaces.open(folder, Clock.systemUTC()));
        assertThat(onFx(() -> menuItem("menu-import").isDisable())).isFalse();
        showArea(Area.ASSESSMENTS);
        waitUntil("the round is read", () -> showing("#new-round"));
        assertThat(onFx(() -> ((Control) node("#new-round")).getTooltip().getText()))
                .doesNotContain("may not");

        showArea(Area.MEMBERS);
        waitUntil("the screen leads to the chair", () -> showing("#members-lead"));
        clickOn("#members-add-chair");
        waitUntil("the add dialog is shown", () -> showing("#add-member-dialog"));
        assertThat(onFx(() -> lookup("#member-role").query().isDisabled()))
                .as("the first member is the chair")
                .isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<String> person =
                onFx(() -> (ComboBox<String>) lookup("#member-person").query());
        interact(() -> person.setValue("John Crabtree"));
        assertThat(text("#member-user-name")).isEqualTo("john");
        clickOn("#member-confirm");
        waitUntil("the chair is listed", () -> shown("john") != null);
        assertThat(stored("john").role()).isEqualTo(MemberRole.CHAIR);
        waitUntil("the lead is gone", () -> !showing("#members-lead"));
        assertThat(onFx(() -> ((Button) node("#members-add")).isDisabled())).isFalse();
        assertThat(onFx(() -> ((Label) node("#members-message")).getText()))
                .isEqualTo("Added John Crabtree as the chair, signing in as john.");
    }
}
