package org.stocktake.app.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stocktake.app.AppContext;
import org.stocktake.shared.Action;
import org.stocktake.shared.Actor;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.workspace.service.InPlaceEncryption;

/**
 * File > Encrypt workspace…: a plain workspace encrypted where it is. The window holds the workspace open, so it is
 * closed in the window first, encrypted in the background, and opened again as any encrypted workspace is, asking
 * for its passphrase. If the encryption fails the workspace stays plain (a half-done switch is finished or undone by
 * the next opening) and is opened again as it was.
 */
final class WorkspaceEncrypting {

    /** Says what encrypting does and does not cover, before anything is done. */
    static final String HINT = "The database and every stored file are encrypted where they are. Snapshots, automatic"
            + " backups, the search index and the log are removed, as they are plain copies. Backups kept"
            + " elsewhere stay plain: take a new backup once it is encrypted, and remove the old ones. Without the"
            + " passphrase nothing in the workspace can be read.";

    private final MainWindow window;
    private final FxTaskRunner tasks;
    private final Clock clock;

    WorkspaceEncrypting(MainWindow window, FxTaskRunner tasks, Clock clock) {
        this.window = window;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Why the workspace cannot be encrypted from the window now, or empty when it can. */
    static Optional<String> refusal(AppContext context) {
        if (context.workspace().encrypted()) {
            return Optional.of("The workspace is encrypted already; change its passphrase instead.");
        }
        Optional<String> readOnly = context.workspace().readOnlyReason();
        if (readOnly.isPresent()) {
            return Optional.of("The workspace is open read-only, so it cannot be encrypted: " + readOnly.get());
        }
        return context.signedIn().permissions().refusal(Action.MANAGE_MEMBERS);
    }

    /** Asks for the new passphrase twice, then closes, encrypts and reopens the workspace. */
    void encrypt(Window owner) {
        AppContext context = window.context();
        if (context == null || refusal(context).isPresent()) {
            return;
        }
        Path folder = context.workspace().folder();
        NewPassphraseDialog.ask(
                        owner, "Encrypt workspace", "Encrypt the workspace in " + folder, HINT, "Encrypt", false)
                .ifPresent(choice -> {
                    Actor actor = context.signedIn().actor();
                    AppContext closing = window.closeWorkspace(working("Encrypting the workspace in " + folder + "…"));
                    tasks.run(
                            "Encrypting the workspace",
                            progress -> {
                                try {
                                    progress.message("Closing the workspace");
                                    closing.close();
                                    AppContext.logInMemoryOnly();
                                    InPlaceEncryption.encrypt(folder, clock, choice.replacement(), progress);
                                    return folder;
                                } finally {
                                    choice.clear();
                                }
                            },
                            done -> reopen(owner, folder, actor),
                            error -> {
                                PassphraseActions.tell(
                                        owner,
                                        Alert.AlertType.WARNING,
                                        "The workspace was not encrypted",
                                        PassphraseActions.sentence(error));
                                reopen(owner, folder, actor);
                            });
                });
    }

    /** What the window shows while the workspace is closed: the task's progress, and what is being done. */
    private Node working(String message) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.progressProperty().bind(tasks.progressProperty());
        progress.setMaxSize(64, 64);
        Label said = new Label(message);
        said.setWrapText(true);
        said.setMaxWidth(560);
        VBox shown = new VBox(16, progress, said);
        shown.setId("workspace-closed");
        shown.setAlignment(Pos.CENTER);
        return shown;
    }

    /** Opens the workspace again as the window's start does: its passphrase asked when it is encrypted. */
    private void reopen(Window owner, Path folder, Actor actor) {
        window.showProgress("Opening the workspace in " + folder + "…");
        new WorkspaceOpening(window, owner, folder, true, clock, opened -> {}, () -> {})
                .follow(CompletableFuture.supplyAsync(() -> AppContext.open(folder, clock, actor)));
    }
}
