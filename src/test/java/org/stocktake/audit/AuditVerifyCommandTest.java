package org.stocktake.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.cli.AuditCommand;
import org.stocktake.app.cli.StocktakeCommand;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.workspace.service.Workspace;
import picocli.CommandLine;

/** {@code stocktake audit verify} prints every finding and exits 3, or one line and 0. */
class AuditVerifyCommandTest {

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

    private void sql(String statement) {
        try (Workspace workspace = Workspace.open(temp, Clock.systemUTC())) {
            workspace.database().dsl().jooq().execute(statement);
        }
    }

    @Test
    void anIntactWorkspaceGetsItsSummaryAndALineOnCheckpoints() {
        assertThat(run("audit", "verify")).isZero();
        assertThat(out.toString())
                .matches("Audit trail intact: \\d+ entries; data agrees with the trail.\\R"
                        + "No checkpoints: this workspace has no members, so nobody signs the trail and it is checked"
                        + " by its hashes alone, as before.\\R");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyFindingIsPrintedAndTheExitCodeIsThree() {
        assertThat(run("audit", "verify")).isZero();
        sql("update recommendation set title = 'Nothing to see here' where number = '5'");
        sql("update audit_entry set actor = 'Mallory' where seq = 7");
        out.getBuffer().setLength(0);

        assertThat(run("audit", "verify")).isEqualTo(AuditCommand.BROKEN);
        assertThat(err.toString().lines())
                .first()
                .asString()
                .startsWith("stocktake: The audit trail is broken: 2 problems found");
        assertThat(err.toString())
                .contains("  - The chain is broken at entry 7: its content was altered after it was written.")
                .contains("  - Recommendation 5 (kerslake-2014): title is 'Nothing to see here' but the trail's last"
                        + " entry says 'A credible plan to balance the budget to 2018/19'");
    }

    @Test
    void theReportCanBeJson() throws Exception {
        assertThat(run("audit", "verify")).isZero();
        sql("update assessment_round set status = 'DRAFT' where title = 'Interim assessment'");
        out.getBuffer().setLength(0);

        assertThat(run("audit", "verify", "--format", "json")).isEqualTo(AuditCommand.BROKEN);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(report.get("problems")).hasSize(1);
        assertThat(report.get("problems").get(0).get("kind").asText()).isEqualTo("data");
        assertThat(report.get("problems").get(0).get("text").asText())
                .contains("('Interim assessment'): status is draft but the trail's last entry says final");
    }
}
