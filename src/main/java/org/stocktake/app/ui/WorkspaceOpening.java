package org.stocktake.app.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.shared.NotAWorkspaceException;
import org.stocktake.shared.WorkspaceException;

/**
 * Brings the window's workspace up: opens it, or, when the folder holds none, makes one. On the first start (no
 * folder named) the default workspace is made with the demo at once; a folder named with {@code --data} is never
 * filled unasked, since a mistyped name should not quietly become a new workspace, so the user is asked first.
 */
final class WorkspaceOpening {

    private static final Logger LOG = Logger.getLogger(WorkspaceOpening.class.getName());

    static final ButtonType CREATE_DEMO = new ButtonType("Create with the demo", ButtonData.OK_DONE);
    static final ButtonType CREATE_EMPTY = new ButtonType("Create empty", ButtonData.OTHER);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonData.CANCEL_CLOSE);

    private final MainWindow window;
    private final Window owner;
    private final Path folder;
    private final boolean named;
    private final Clock clock;
    private final Consumer<AppContext> opened;
    private final Runnable quit;

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
                create(Contents.DEMO);
            }
            return;
        }
        if (cause instanceof WorkspaceException) {
            window.showProblem(cause.getMessage());
            return;
        }
        LOG.log(Level.SEVERE, "The workspace in " + folder + " could not be opened", cause);
        window.showProblem("The workspace in " + folder + " could not be opened: " + cause.getMessage());
    }

    private void ask() {
        window.showProblem("There is no Stocktake workspace in " + folder + ".");
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, null, CREATE_DEMO, CREATE_EMPTY, QUIT);
        question.initOwner(owner);
        question.setTitle("No workspace here");
        question.setHeaderText("There is no Stocktake workspace in " + folder + ".");
        question.setContentText("Create one there, with the demo (the Birmingham panel and the Kerslake review) or"
                + " empty? Check the folder's name first if you meant to open a workspace you already have.");
        question.getDialogPane().setId("new-workspace-dialog");
        question.getDialogPane().lookupButton(CREATE_DEMO).setId("create-demo");
        question.getDialogPane().lookupButton(CREATE_EMPTY).setId("create-empty");
        question.getDialogPane().lookupButton(QUIT).setId("quit");
        question.setOnHidden(event -> {
            ButtonType answer = question.getResult();
            if (answer == CREATE_DEMO) {
                create(Contents.DEMO);
            } else if (answer == CREATE_EMPTY) {
                create(Contents.EMPTY);
            } else {
                quit.run();
            }
        });
        question.show();
    }

    private void create(Contents contents) {
        window.showProgress(
                contents == Contents.DEMO
                        ? "Creating the workspace with the demo in " + folder + "…"
                        : "Creating an empty workspace in " + folder + "…");
        follow(CompletableFuture.supplyAsync(() -> {
            AppContext.create(folder, clock, contents);
            return AppContext.open(folder, clock);
        }));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
