package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports that cannot be written say why in one line, and leave nothing behind. */
class ExportFileTest {

    @TempDir
    Path temp;

    private Cli cli;

    @BeforeEach
    void demo() {
        cli = new Cli(temp.resolve("workspace"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommendations", "assessments"})
    void anExportIntoAMissingFolderSaysSo(String command) {
        Path file = temp.resolve("missing").resolve("out.csv");

        Cli.Run run = export(command, file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactly(
                        "stocktake: Cannot write " + file + ": the folder " + file.getParent() + " does not exist.");
        assertThat(file.getParent()).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommendations", "assessments"})
    void anExportToAReadOnlyPlaceSaysPermissionIsDenied(String command) throws IOException {
        Path folder = ReadOnlyFolder.in(temp);
        Path file = folder.resolve("out-" + ProcessHandle.current().pid() + ".csv");

        Cli.Run run = export(command, file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines())
                .containsExactly("stocktake: Cannot write " + file + ": permission denied; choose a folder you can"
                        + " write to.");
    }

    @Test
    void anExportOntoAFolderOrAPipeIsRefused() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("folder.csv"));
        assertThat(export("recommendations", folder).errLines())
                .containsExactly("stocktake: " + folder + " is a folder; name a file inside it.");

        Path pipe = temp.resolve("pipe.csv");
        assumeTrue(MessagesTest.mkfifo(pipe), "mkfifo is needed to make a named pipe");
        Cli.Run run = export("assessments", pipe);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1).first().asString().contains("not an ordinary file");
    }

    @Test
    void anExportedFileHasTheUsersOrdinaryPermissions() throws IOException {
        Path ordinary = Files.createFile(temp.resolve("ordinary"));
        Path file = temp.resolve("out.csv");

        assertThat(export("assessments", file).exitCode()).isZero();

        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        assertThat(permissions)
                .as("what the umask gives any new file, not the owner-only mode of a temporary file")
                .isEqualTo(Files.getPosixFilePermissions(ordinary))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void leftoversOfAKilledExportAreRemovedByTheNextExportOfTheSameFile() throws IOException {
        Path file = temp.resolve("out.csv");
        // What a killed run left: the name an older version used, and one whose process is gone.
        Path older = Files.createFile(temp.resolve(".out.csv8071234567890123.part"));
        Path dead = Files.createFile(temp.resolve(".out.csv." + deadProcess() + "-0badc0de.part"));
        Path otherTarget = Files.createFile(temp.resolve(".other.csv.1-0badc0de.part"));

        assertThat(export("recommendations", file).exitCode()).isZero();

        assertThat(older).doesNotExist();
        assertThat(dead).doesNotExist();
        assertThat(otherTarget)
                .as("another file's leftovers wait for that file's next export")
                .exists();
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("out.csv", ".other.csv.1-0badc0de.part", "workspace");
        }
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        Path file = Files.writeString(temp.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        assertThat(export("recommendations", file).exitCode()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw-r--");
        assertThat(Files.readString(file)).startsWith("{");
    }

    private Cli.Run export(String command, Path file) {
        return command.equals("assessments")
                ? cli.run("assessments", "export", "--round", "1", file.toString())
                : cli.run("recommendations", "export", file.toString());
    }

    /** A process id no process has now. */
    static long deadProcess() {
        long pid = 999_999_999L;
        while (ProcessHandle.of(pid).isPresent()) {
            pid--;
        }
        return pid;
    }
}
