package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.TestWorkspaces;
import picocli.CommandLine;

class RecommendationsCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void makeTheDemo() {
        TestWorkspaces.demo(temp.resolve("workspace"), Clock.systemUTC());
    }

    private int run(String... args) {
        CommandLine commandLine = StocktakeCommand.commandLine(new StocktakeCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] withData = new String[args.length + 2];
        withData[0] = "--data";
        withData[1] = temp.resolve("workspace").toString();
        System.arraycopy(args, 0, withData, 2, args.length);
        return commandLine.execute(withData);
    }

    @Test
    void listPrintsTheDemoRegisterAsATable() {
        assertThat(run("recommendations", "list")).isZero();
        assertThat(out.toString()).contains("kerslake-2014", "Independent improvement panel", "11 recommendations");
    }

    @Test
    void listAsJsonIsMachineReadable() throws Exception {
        assertThat(run("recommendations", "list", "--review", "kerslake-2014", "--format", "json"))
                .isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list).hasSize(11);
        assertThat(list.get(4).get("milestone").asText()).isEqualTo("2019-03-31");
    }

    @Test
    void listAsCsvHasAHeaderAndARowEach() {
        assertThat(run("recommendations", "list", "--format", "csv")).isZero();
        assertThat(out.toString().lines()).hasSize(12).first().asString().startsWith("\uFEFFreview,number,theme,title");
    }

    @Test
    void anUnknownReviewIsAClearErrorWithExitCodeOne() {
        assertThat(run("recommendations", "list", "--review", "nope")).isEqualTo(1);
        assertThat(err.toString()).contains("There is no review with the code 'nope'.");
    }

    @Test
    void exportThenImportIntoANewReviewRoundTrips() {
        Path file = temp.resolve("kerslake.csv");
        assertThat(run("recommendations", "export", file.toString())).isZero();
        assertThat(file).exists();
        assertThat(run("recommendations", "import", file.toString(), "--review", "copy-2014", "--title", "Copy"))
                .isZero();
        assertThat(out.toString()).contains("Imported 11 recommendations into copy-2014");
        out.getBuffer().setLength(0);
        run("recommendations", "list", "--review", "copy-2014", "--format", "csv");
        assertThat(out.toString().lines()).hasSize(12);
    }

    @Test
    void aBadFileIsReportedLineByLineAndNothingIsImported() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.csv"), "number,title,milestone\n1,One,2015-13-40\n1,Two,\n");
        assertThat(run("recommendations", "import", bad.toString(), "--review", "new-one", "--title", "New"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("nothing imported", "Line 2", "Line 3");
        out.getBuffer().setLength(0);
        run("recommendations", "list", "--format", "csv");
        assertThat(out.toString()).doesNotContain("new-one");
    }

    @Test
    void exportNeedsAReviewWhenThereAreSeveral() throws Exception {
        Path csv = Files.writeString(temp.resolve("other.csv"), "number,title\n1,Only one\n");
        run("recommendations", "import", csv.toString(), "--review", "other", "--title", "Other");
        assertThat(run("recommendations", "export", temp.resolve("out.json").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("name one with --review", "kerslake-2014", "other");
    }
}
