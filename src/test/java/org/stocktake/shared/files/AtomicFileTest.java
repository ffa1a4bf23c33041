package org.stocktake.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(folder.resolve("out.csv"), "old content");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }))
                .isInstanceOf(FileWriteException.class)
                .hasMessage("Cannot write " + file + ": the disk is full; free some space and try again.");

        assertThat(Files.readString(file)).isEqualTo("old content");
        assertThat(names()).containsExactly("out.csv");
    }

    @Test
    void aRuntimeFailureInTheContentIsPassedOnAndLeavesNothing() throws IOException {
        Path file = folder.resolve("out.csv");

        assertThatThrownBy(() -> AtomicFile.writeText(file, out -> {
                    out.write("half");
                    throw new IllegalStateException("stop");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(names()).isEmpty();
    }

    @Test
    void anotherWriteInProgressIsLeftAlone() throws IOException {
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Path inProgress = Files.createFile(folder.resolve(".out.csv." + live + "-0badc0de.part"));
        Path unrelated = Files.createFile(folder.resolve(".out.csv.notes.part"));

        AtomicFile.writeText(folder.resolve("out.csv"), out -> out.write("new"));

        assertThat(inProgress).exists();
        assertThat(unrelated).exists();
        assertThat(Files.readString(folder.resolve("out.csv"))).isEqualTo("new");
    }

    @Test
    void aLinkIsFollowedSoTheFileItPointsToIsReplaced() throws IOException {
        Path real = Files.writeString(folder.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), real);

        AtomicFile.writeText(link, out -> out.write("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void problemsAreOneSentenceThatSaysWhatToDo() {
        Path file = Path.of("/exports/out.csv");

        assertThat(FileProblem.ofWriting(file, new java.nio.file.AccessDeniedException(file.toString())))
                .isEqualTo("Cannot write /exports/out.csv: permission denied; choose a folder you can write to.");
        assertThat(FileProblem.ofWriting(file, new FileSystemException(file.toString(), null, "Read-only file system")))
                .isEqualTo("Cannot write /exports/out.csv: the disk is read-only; choose another place.");
        assertThat(FileProblem.ofWriting(file, new FileSystemException(file.toString(), null, "Disk quota exceeded")))
                .isEqualTo("Cannot write /exports/out.csv: the disk is full; free some space and try again.");
        assertThat(FileProblem.ofWriting(file, new java.nio.file.NoSuchFileException(file.toString())))
                .isEqualTo("Cannot write /exports/out.csv: the folder /exports does not exist.");
    }
}
