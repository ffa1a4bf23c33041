package org.stocktake.app.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotAWorkspaceException;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.PassphraseNeededException;
import org.stocktake.shared.SignInNeededException;
import org.stocktake.shared.WorkspaceException;
import org.stocktake.shared.WrongPassphraseException;
import org.stocktake.shared.crypto.Passphrase;

/**
 * Brings the window's workspace up: opens it, or, when the folder holds none, makes one. On the first start (no
 * folder named) the default workspace is made with the demo at once; a folder named with {@code --data} is never
 * filled unasked, since a mistyped name should not quietly become a new workspace, so the user is asked first. An
 * encrypted workspace is opened once its passphrase is typed, asked again while it is wrong.
 */
final class WorkspaceOpening {

    private static final Logger LOG = Logger.getLogger(WorkspaceOpening.class.getName());

    private final MainWindow window;
    private final Window owner;
    private final Path folder;
    private final boolean named;
    private final Clock clock;
    private final Consumer<AppContext> opened;
    private final Runnable quit;

    /** The passphrase typed for an encrypted workspace, kept until its member has signed in; cleared then. */
    private char[] unlocked;

    /** Who last tried to sign in, offered again when asked once more. */
    private String user = Actor.fromEnvironment().name();

    WorkspaceOpening(
            MainWindow window,
            Window owner,
            Path folder,
            boolean named,
            Clock clock,
            Consumer<AppContext> opened,
            Runnable quit) {
        this.window = window;
        this.owner = owner;
        this.folder = folder;
        this.named = named;
        this.clock = clock;
        this.opened = opened;
        this.quit = quit;
    }

    /** Follows {@code opening}, started off the FX thread; called on the FX thread. */
    void follow(CompletableFuture<AppContext> opening) {
        opening.whenComplete((context, error) -> Platform.runLater(() -> {
            if (error == null) {
                show(context);
            } else {
                failed(unwrap(error));
            }
        }));
    }

    private void show(AppContext context) {
        forgetPassphrase();
        opened.accept(context);
        window.open(context);
        context.workspace().readOnlyReason().ifPresent(reason -> {
            Alert notice = new Alert(Alert.AlertType.WARNING, reason, ButtonType.OK);
            notice.initOwner(owner);
            notice.setTitle("Opened read-only");
            notice.setHeaderText("The workspace is open read-only");
            notice.getDialogPane().setId("read-only-notice");
            notice.show();
        });
    }

    private void failed(Throwable cause) {
        if (cause instanceof NotAWorkspaceException) {
            if (named) {
                ask();
            } else {
                create(Contents.DEMO, null);
            }
            return;
        }
        if (cause instanceof PassphraseNeededException) {
            unlock(null);
            return;
        }
        if (cause instanceof WrongPassphraseException) {
            unlock("That passphrase is not right. Type it again, minding capitals and spaces.");
            return;
        }
        if (cause instanceof NotAllowedException) {
            // Opening refuses only at signing in: a password is needed, or the last one was wrong.
            signIn(cause instanceof SignInNeededException ? null : cause.getMessage());
            return;
        }
        forgetPassphrase();
        if (cause instanceof WorkspaceException) {
            window.showProblem(cause.getMessage());
            return;
        }
        LOG.log(Level.SEVERE, "The workspace in " + folder + " could not be opened", cause);
        window.showProblem("The workspace in " + folder + " could not be opened: " + cause.getMessage());
    }

    private void ask() {
        window.showProblem("There is no Stocktake workspace in " + folder + ".");
        NewWorkspaceDialog.ask(owner, folder, answer -> {
            if (answer.contents() == null) {
                quit.run();
            } else {
                create(answer.contents(), answer.passphrase());
            }
        });
    }

    /** Asks for the passphrase of the encrypted workspace and opens it; cancelling leaves it untouched. */
    private void unlock(String problem) {
        window.showProblem("The workspace in " + folder + " is encrypted; its passphrase is needed to open it.");
        PassphraseDialog.ask(owner, folder, problem, typed -> {
            if (typed == null) {
                window.showProblem("The workspace in " + folder + " is encrypted and was not opened. Start"
                        + " Stocktake again to type its passphrase.");
                return;
            }
            window.showProgress("Opening the encrypted workspace in " + folder + "…");
            forgetPassphrase();
            unlocked = typed;
            follow(CompletableFuture.supplyAsync(() -> AppContext.open(folder, clock, given -> typed.clone())));
        });
    }

    /** Asks a member to sign in and opens the workspace as them; cancelling leaves it untouched. */
    private void signIn(String problem) {
        window.showProblem("The workspace in " + folder + " has members; sign in to open it.");
        char[] passphrase = unlocked;
        SignInDialog.ask(owner, folder, user, problem, typed -> {
            if (typed == null) {
                forgetPassphrase();
                window.showProblem(
                        "The workspace in " + folder + " was not opened. Start Stocktake again to sign" + " in.");
                return;
            }
            user = typed.user();
            window.showProgress("Signing in to the workspace in " + folder + "…");
            follow(CompletableFuture.supplyAsync(() -> {
                try {
                    return AppContext.open(
                            folder,
                            clock,
                            new Actor(typed.user()),
                            given -> passphrase == null ? Passphrase.none().of(given) : passphrase.clone(),
                            member -> typed.password().clone());
                } finally {
                    Arrays.fill(typed.password(), ' ');
                }
            }));
        });
    }

    private void forgetPassphrase() {
        if (unlocked != null) {
            Arrays.fill(unlocked, ' ');
            unlocked = null;
        }
    }

    private void create(Contents contents, char[] passphrase) {
        window.showProgress(
                contents == Contents.DEMO
                        ? "Creating the workspace with the demo in " + folder + "…"
                        : "Creating an empty workspace in " + folder + "…");
        follow(CompletableFuture.supplyAsync(() -> {
            try {
                AppContext.create(folder, clock, contents, passphrase);
                return AppContext.open(
                        folder,
                        clock,
                        given -> passphrase == null ? Passphrase.none().of(given) : passphrase.clone());
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, ' ');
                }
            }
        }));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
