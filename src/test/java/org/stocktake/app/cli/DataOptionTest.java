package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stocktake.testing.TestWorkspaces;

/** {@code --data DIR} (or {@code --data=DIR}) names the workspace wherever it stands on the command line. */
class DataOptionTest {

    @TempDir
    static Path temp;

    static Stream<Arguments> positions() {
        String dir = temp.resolve("panel").toString();
        return Stream.of(
                Arguments.of("before the command", new String[] {"--data", dir, "rounds", "list"}),
                Arguments.of("between its words", new String[] {"rounds", "--data", dir, "list"}),
                Arguments.of("after it", new String[] {"rounds", "list", "--data", dir}),
                Arguments.of("after its options", new String[] {"rounds", "list", "--format", "csv", "--data", dir}),
                Arguments.of("joined by =, before", new String[] {"--data=" + dir, "rounds", "list"}),
                Arguments.of("joined by =, after", new String[] {"rounds", "list", "--data=" + dir}));
    }

    @ParameterizedTest(name = "--data {0}")
    @MethodSource("positions")
    void dataNamesTheWorkspaceWhereverItStands(String where, String[] args) {
        TestWorkspaces.demo(temp.resolve("panel"), Clock.systemUTC());
        Cli.Run run = Cli.runExactly(args);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Twelve-month assessment");
        assertThat(temp.resolve("panel").resolve("stocktake.mv.db")).exists();
    }

    @Test
    void dataAfterAnExportsFileIsNotTakenForTheFile() {
        Path dir = temp.resolve("exporting");
        Path file = temp.resolve("kerslake.json");
        TestWorkspaces.demo(dir, Clock.systemUTC());

        Cli.Run run = Cli.runExactly("recommendations", "export", file.toString(), "--data", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(file).exists();
        assertThat(dir.resolve("stocktake.mv.db")).exists();
    }

    @Test
    void helpOfEveryCommandMentionsData() {
        assertThat(Cli.runExactly("assessments", "export", "--help").out()).contains("--data=DIR");
        assertThat(Cli.runExactly("recommendations", "import", "--help").out()).contains("--data=DIR");
    }
}
