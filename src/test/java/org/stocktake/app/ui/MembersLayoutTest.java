package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stocktake.app.AppContext;
import org.stocktake.members.service.Member;
import org.stocktake.members.service.MemberRole;
import org.stocktake.members.service.PanelMembers;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.testing.FakeFileDialogs;
import org.stocktake.testing.LayoutCase;
import org.stocktake.testing.LayoutInspector;
import org.stocktake.testing.WindowTestBase;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Members screen (with a refusal shown, and leading to the chair when there are no members), its dialogs with
 * their refusals, and the encrypting passphrase dialog, in the smallest and a large window, light and dark: nothing
 * cut. Each is saved as {@code target/layout/<screen>-<case>.png}.
 */
class MembersLayoutTest extends WindowTestBase {

    private static final Path SHOTS = Path.of("target", "layout");

    @TempDir
    static Path template;

    @TempDir
    Path temp;

    private final List<String> problems = new ArrayList<>();
    private Stage stage;
    private FxTaskRunner tasks;
    private MainWindow window;
    private AppContext context;

    @BeforeAll
    static void makeTheMembers() {
        PanelMembers.make(template.resolve("panel"), Clock.systemUTC());
    }

    @AfterAll
    static void backToTheLightTheme() {
        Platform.runLater(LayoutCase.SMALL_LIGHT::applyTheme);
        WaitForAsyncUtils.waitForFxEvents();
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

    @ParameterizedTest
    @EnumSource(LayoutCase.class)
    @SuppressWarnings("unchecked")
    void theMembersScreenAndItsDialogsFit(LayoutCase layout) {
        Path folder = temp.resolve("panel");
        PanelMembers.copy(template.resolve("panel"), folder);
        context = PanelMembers.as(folder, Clock.systemUTC(), "john", PanelMembers.CHAIR_PASSWORD);
        tasks = new FxTaskRunner();
        interact(() -> {
            window = new MainWindow(stage, WindowSettings.load(temp), tasks, new FakeFileDialogs());
            layout.applyTheme();
            stage.show();
            window.open(context);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(layout.width);
            stage.setHeight(layout.height);
        });
        waitUntil("the window takes the case's size", () -> stage.getScene().getWidth() == layout.width);
        interact(() -> window.show(Area.MEMBERS));
        waitUntil("the members are listed", () -> table().getItems().size() == 5);

        interact(() -> table().getSelectionModel().select(0));
        interact(() -> ((ComboBox<MemberRole>) lookup("#members-role").query()).setValue(MemberRole.OBSERVER));
        clickOn("#members-change-role");
        waitUntil("the refusal is shown", () -> text("#members-message").startsWith("John Crabtree is the only"));
        inspect("members", layout, stage.getScene());

        clickOn("#members-add");
        waitUntil("the add dialog is shown", () -> showing("#add-member-dialog"));
        interact(() -> {
            ((ComboBox<String>) lookup("#member-person").query()).setValue("Andrew Christie");
            ((TextField) lookup("#member-user-name").query()).setText("andrew");
            lookup("#member-password").queryAs(PasswordField.class).setText("plum tree seven");
            lookup("#member-password-again").queryAs(PasswordField.class).setText("plum tree eight");
            lookup("#member-confirm").queryAs(Button.class).fire();
        });
        waitUntil("the refusal is shown", () -> showing("#member-problem"));
        inspectDialog("members-add-dialog", "#add-member-dialog", layout);

        clickOn("#members-password");
        waitUntil("the password dialog is shown", () -> showing("#member-password-dialog"));
        interact(() -> {
            lookup("#member-new-password").queryAs(PasswordField.class).setText("short");
            lookup("#member-new-password-again").queryAs(PasswordField.class).setText("short");
            lookup("#member-password-confirm").queryAs(Button.class).fire();
        });
        waitUntil("the refusal is shown", () -> showing("#member-password-problem"));
        inspectDialog("members-password-dialog", "#member-password-dialog", layout);

        Platform.runLater(() -> menuItem("menu-encrypt").fire());
        waitUntil("the new passphrase is asked", () -> showing("#new-passphrase-dialog"));
        interact(() -> {
            lookup("#passphrase-new").queryAs(PasswordField.class).setText("seven lanterns by the quay");
            lookup("#passphrase-again").queryAs(PasswordField.class).setText("seven lanterns by the sea");
            lookup("#passphrase-confirm").queryAs(Button.class).fire();
        });
        inspectDialog("encrypt-dialog", "#new-passphrase-dialog", layout);

        for (String user : List.of("frances", "keith", "steve", "mike", "john")) {
            context.members().remove(user);
        }
        interact(() -> window.show(Area.RECOMMENDATIONS));
        interact(() -> window.show(Area.MEMBERS));
        waitUntil("the screen leads to the chair", () -> showing("#members-lead"));
        inspect("members-no-members", layout, stage.getScene());

        assertThat(problems).as("what is cut, outside or squashed").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private TableView<Member> table() {
        return (TableView<Member>) window.areaOnShow().lookup("#members-table");
    }

    private MenuItem menuItem(String id) {
        return onFx(() -> lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow());
    }

    private void inspectDialog(String screen, String query, LayoutCase layout) {
        Window dialog = onFx(() -> lookup(query).query().getScene().getWindow());
        inspect(screen, layout, onFx(dialog::getScene));
        interact(dialog::hide);
    }

    private void inspect(String screen, LayoutCase layout, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            LayoutInspector.problems(scene).forEach(p -> problems.add(screen + " at " + layout.label() + ": " + p));
            if (scene.getWindow().getWidth() > layout.width + 1
                    || scene.getWindow().getHeight() > layout.height + 1) {
                problems.add(screen + " at " + layout.label() + ": larger than the screen");
            }
            LayoutInspector.screenshot(scene, SHOTS.resolve(screen + "-" + layout.label() + ".png"));
            return null;
        });
    }
}
