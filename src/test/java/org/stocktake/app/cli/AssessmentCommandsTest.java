package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.workspace.service.Workspace;
import picocli.CommandLine;

class AssessmentCommandsTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void makeTheDemo() {
        TestWorkspaces.demo(temp, Clock.systemUTC());
    }

    private int run(String... args) {
        CommandLine commandLine = StocktakeCommand.commandLine(new StocktakeCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] withData = new String[args.length + 2];
        withData[0] = "--data";
        withData[1] = temp.toString();
        System.arraycopy(args, 0, withData, 2, args.length);
        return commandLine.execute(withData);
    }

    @Test
    void roundsListShowsTheDemoRoundsWithTheirProgress() {
        assertThat(run("rounds", "list", "--review", "kerslake-2014")).isZero();
        assertThat(out.toString())
                .contains("Interim assessment", "Twelve-month assessment", "March assessment", "7/11", "3 rounds");
    }

    @Test
    void ratingsCarriedIntoANewRoundAreNotCountedAsAssessedThere() {
        try (var context = TestWorkspaces.open(temp, Clock.systemUTC())) {
            long review = context.recommendations().review("kerslake-2014").id();
            long march = context.assessments().rounds(review).get(2).id();
            context.assessments()
                    .createRound(new RoundDraft(review, "Summer assessment", LocalDate.of(2016, 7, 1)), march);
        }

        assertThat(run("rounds", "list", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("Summer assessment").contains("2016-07-01,draft,0,11,Summer assessment");
    }

    @Test
    void assessmentsExportAsCsvHasARowPerRecommendation() {
        assertThat(run("assessments", "export", "--round", "2")).isZero();
        assertThat(out.toString().lines()).hasSize(12);
        assertThat(out.toString()).contains("Twelve-month assessment,2016-01-11,final,1,");
    }

    @Test
    void assessmentsExportAsJsonIsMachineReadable() throws Exception {
        assertThat(run("assessments", "export", "--round", "3", "--format", "json"))
                .isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        assertThat(rows).hasSize(11);
        assertThat(rows.get(0).get("level").asText()).isEqualTo("Good progress");
        assertThat(rows.get(10).get("level").isNull())
                .as("11 is not yet assessed in March")
                .isTrue();
    }

    @Test
    void anUnknownRoundIsAClearError() {
        assertThat(run("assessments", "export", "--round", "99")).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo(
                        "stocktake: There is no round 99. Rounds: 1 (Interim assessment, 2015-11-05), 2 (Twelve-month"
                                + " assessment, 2016-01-11), 3 (March assessment, 2016-03-15)."
                                + System.lineSeparator());
    }

    @Test
    void auditVerifySaysIntactThenFindsATamperedRow() {
        assertThat(run("audit", "verify")).isZero();
        assertThat(out.toString()).contains("intact");

        try (Workspace workspace = Workspace.open(temp, Clock.systemUTC())) {
            workspace.database().dsl().jooq().execute("update audit_entry set actor = 'Mallory' where seq = 7");
        }
        assertThat(run("audit", "verify")).isEqualTo(AuditCommand.BROKEN);
        assertThat(err.toString()).contains("broken at entry 7", "altered");
    }
}
