package org.stocktake.workspace;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.testing.TestWorkspaces;

/** Workspaces made on the real disk for the tests of this package. */
final class TestWorkspaceFiles {

    private TestWorkspaceFiles() {}

    static void makeDemo(Path folder) {
        TestWorkspaces.demo(folder, Clock.systemUTC());
    }
}
