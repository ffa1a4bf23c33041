package org.stocktake.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.app.AppContext;
import org.stocktake.shared.Actor;

/**
 * Workspaces for tests: the demo workspace in a folder (created on first use), opened as the window and the command
 * line open it. Tests go through here so that how a workspace is made is written in one place.
 */
public final class TestWorkspaces {

    private TestWorkspaces() {}

    /** The demo workspace in {@code folder}, created there when the folder holds none yet. */
    public static AppContext open(Path folder, Clock clock) {
        return AppContext.open(folder, clock);
    }

    /** As {@link #open(Path, Clock)}, with changes recorded as made by {@code actor}. */
    public static AppContext open(Path folder, Clock clock, Actor actor) {
        return AppContext.open(folder, clock, actor);
    }
}
