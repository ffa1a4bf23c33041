package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.members.service.PanelMembers;
import org.stocktake.workspace.service.Workspace;

/** {@code stocktake audit verify} on a workspace whose chair signed a checkpoint when finalising a round. */
class AuditCheckpointCommandTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path folder;

    private long signedEntry;

    @BeforeEach
    void finaliseAsTheChair() {
        PanelMembers.make(folder, CLOCK);
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            long open = chair.assessments().allRounds().stream()
                    .filter(r -> !r.isFinal())
                    .findFirst()
                    .orElseThrow()
                    .id();
            chair.assessments().finalise(open);
            signedEntry = chair.workspace()
                    .database()
                    .dsl()
                    .jooq()
                    .fetchOne("select seq from audit_checkpoint")
                    .get(0, Long.class);
        }
    }

    private Cli.Run verify(String... more) {
        StocktakeCommand root = new StocktakeCommand();
        root.signIn = SignInDetails.of(
                Map.of(SignInDetails.USER, "john", SignInDetails.PASSWORD, PanelMembers.CHAIR_PASSWORD), () -> null);
        String[] all = Stream.concat(Stream.of("--data", folder.toString(), "audit", "verify"), Stream.of(more))
                .toArray(String[]::new);
        return Cli.runExactly(StocktakeCommand.commandLine(root, all), all);
    }

    @Test
    void anIntactTrailSaysWhichCheckpointsHeld() {
        Cli.Run run = verify();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("1 signed checkpoint checked; the newest, of entry " + signedEntry
                        + ", was signed by John Crabtree on ")
                .endsWith(". Without a signing key, so that what they finalise or issue is not checkpointed: Frances"
                        + " Done (no password), Keith Wakefield (no password), Steve Robinson (no password), Mike"
                        + " Tomlinson (no password).");
    }

    @Test
    void aForgedCheckpointIsOneSentenceAndExitThree() throws Exception {
        try (Workspace workspace = Workspace.open(folder, CLOCK)) {
            workspace
                    .database()
                    .dsl()
                    .jooq()
                    .execute("update audit_checkpoint set signature = '"
                            + Base64.getEncoder().encodeToString(new byte[64]) + "'");
        }
        Cli.Run run = verify();
        assertThat(run.exitCode()).isEqualTo(AuditCommand.BROKEN);
        assertThat(run.errLines())
                .first()
                .asString()
                .startsWith("stocktake: The audit trail is broken: 1 problem found");
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line)
                .startsWith("  - The checkpoint of entry " + signedEntry)
                .endsWith("does not carry a valid signature by John Crabtree's key: it was forged or altered,"
                        + " or the key was changed outside Stocktake."));

        JsonNode report = new ObjectMapper().readTree(verify("--format", "json").out());
        assertThat(report.get("problems").get(0).get("kind").asText()).isEqualTo("checkpoint");
        assertThat(report.get("checkpoints").asText()).startsWith("1 signed checkpoint checked");
    }
}
