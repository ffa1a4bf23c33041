package org.stocktake.app.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder where the tests may not create files. A folder without write permission serves, except for the superuser,
 * who may write anywhere; then Linux's {@code /sys}, which refuses new files even to the superuser.
 */
final class ReadOnlyFolder {

    private ReadOnlyFolder() {}

    static Path in(Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (refusesNewFiles(folder)) {
            return folder;
        }
        Path sys = Path.of("/sys");
        assumeTrue(Files.isDirectory(sys) && refusesNewFiles(sys), "no folder here refuses new files");
        return sys;
    }

    private static boolean refusesNewFiles(Path folder) {
        Path probe = folder.resolve(".probe-" + ProcessHandle.current().pid());
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
