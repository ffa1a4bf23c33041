package org.stocktake.archfixture.service;

import java.nio.file.Files;
import java.nio.file.Path;

/** A feature that writes a file of its own into the workspace instead of going through the store. */
public final class WritesTheWorkspaceFolder {
    void keep(Path workspace, byte[] bytes) throws java.io.IOException {
        Files.write(workspace.resolve("evidence").resolve("mine"), bytes);
    }
}
