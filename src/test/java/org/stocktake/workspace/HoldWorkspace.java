package org.stocktake.workspace;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.workspace.service.Workspace;

/** A second process for the lock test: opens the workspace, says so, and holds it until its input closes. */
public final class HoldWorkspace {

    private HoldWorkspace() {}

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Workspace.open(Path.of(args[0]), Clock.systemUTC())) {
            System.out.print("open");
            System.out.flush();
            while (System.in.read() != -1) {
                // Hold the workspace until the test closes our input.
            }
        }
    }
}
