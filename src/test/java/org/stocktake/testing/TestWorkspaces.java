package org.stocktake.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.shared.Actor;
import org.stocktake.workspace.service.Workspace;

/**
 * Workspaces for tests: the demo workspace in a folder (created on first use), opened as the window and the command
 * line open it. Tests go through here so that how a workspace is made is written in one place.
 */
public final class TestWorkspaces {

    private TestWorkspaces() {}

    /** The demo workspace in {@code folder}, created there when the folder holds none yet. */
    public static AppContext open(Path folder, Clock clock) {
        return open(folder, clock, Actor.fromEnvironment());
    }

    /** As {@link #open(Path, Clock)}, with changes recorded as made by {@code actor}. */
    public static AppContext open(Path folder, Clock clock, Actor actor) {
        demo(folder, clock);
        return AppContext.open(folder, clock, actor);
    }

    /** Makes the demo workspace in {@code folder} unless it holds one, for tests that open it their own way. */
    public static void demo(Path folder, Clock clock) {
        if (!Workspace.exists(folder)) {
            AppContext.create(folder, clock, Contents.DEMO);
        }
    }

    /**
     * A bare workspace in {@code folder}, created there (without rating scales or demo) when the folder holds none,
     * for tests of one service on its own.
     */
    public static Workspace bare(Path folder, Clock clock) {
        if (!Workspace.exists(folder)) {
            Workspace.create(folder, clock, Workspace.DEFAULT_NAME, workspace -> {});
        }
        return Workspace.open(folder, clock);
    }
}
