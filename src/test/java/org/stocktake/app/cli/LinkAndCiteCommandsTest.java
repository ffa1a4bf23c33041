package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.shared.task.Progress;

/** Linking a note and citing evidence from the command line, as a user types them, and what they refuse. */
class LinkAndCiteCommandsTest {

    @TempDir
    Path temp;

    private Cli cli;
    private long item;
    private long note;
    private long round;

    @BeforeEach
    void aReportWithANote() throws IOException {
        cli = new Cli(temp.resolve("workspace"));
        Path file = Files.writeString(temp.resolve("progress.txt"), "Budget gap closed.\fSecond page.");
        try (AppContext context = cli.open()) {
            context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
            item = context.evidence().items().get(0).id();
            note = context.annotations().add(item, 1, 0, 10, "Good news").id();
            round = context.assessments().allRounds().stream()
                    .filter(r -> !r.isFinal())
                    .mapToLong(AssessmentRound::id)
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void aNoteIsLinkedFoundByItsRecommendationAndUnlinked() throws IOException {
        Cli.Run linked = link("--note", String.valueOf(note), "--to", "kerslake-2014:5");
        assertThat(linked.exitCode()).as(linked.err()).isZero();
        assertThat(linked.out()).contains("Note " + note).contains("now bears on kerslake-2014:5");
        assertThat(cli.run("evidence", "show", String.valueOf(item), "--no-text")
                        .out())
                .contains("[bears on kerslake-2014:5]");
        JsonNode found = json(cli.run("search", "budget", "--recommendation", "kerslake-2014:5", "--format", "json"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asLong()).isEqualTo(item);
        assertThat(json(cli.run("search", "budget", "--recommendation", "kerslake-2014:6", "--format", "json")))
                .isEmpty();

        Cli.Run unlinked = link("--note", String.valueOf(note), "--to", "kerslake-2014:5", "--unlink");
        assertThat(unlinked.out()).contains("is no longer linked to kerslake-2014:5");
        assertThat(json(cli.run("search", "budget", "--recommendation", "kerslake-2014:5", "--format", "json")))
                .isEmpty();
        assertThat(cli.run("audit", "verify").exitCode()).isZero();
    }

    @Test
    void aCitationIsMadeExportedAsJsonAndRemoved() throws IOException {
        Cli.Run cited = cite("--evidence", String.valueOf(item), "--page", "2");
        assertThat(cited.exitCode()).as(cited.err()).isZero();
        assertThat(cited.out()).contains("cites Budget gap closed., p. 2.");

        JsonNode exported =
                json(cli.run("assessments", "export", "--round", String.valueOf(round), "--format", "json"));
        JsonNode five = null;
        for (JsonNode row : exported) {
            if (row.get("number").asText().equals("5")) {
                five = row;
            }
        }
        assertThat(five).isNotNull();
        JsonNode citation = five.get("citations").get(0);
        assertThat(citation.get("evidence").asLong()).isEqualTo(item);
        assertThat(citation.get("page").asInt()).isEqualTo(2);
        assertThat(citation.get("label").asText()).endsWith(", p. 2");

        Cli.Run removed = cli.run(
                "assessments", "cite", "--remove", citation.get("citation").asText());
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(cli.run("audit", "verify").exitCode()).isZero();
    }

    @Test
    void whatCannotBeDoneIsRefusedInOneSentence() {
        assertRefused(cite("--evidence", String.valueOf(item), "--page", "3"), "has no page 3; it has 2 pages.");
        assertRefused(cite("--evidence", "424242"), "There is no document 424242 in the library.");
        assertRefused(cite("--evidence", String.valueOf(item), "--note", "999"), "has no note 999");
        assertRefused(link("--note", "999", "--to", "kerslake-2014:5"), "has no note 999");
        assertRefused(link("--note", String.valueOf(note), "--to", "kerslake-2014:99"), "no recommendation 99");
        assertRefused(link("--to", "kerslake-2014:5", "--unlink"), "name the note with --note");
        assertRefused(
                link("--note", String.valueOf(note), "--to", "kerslake-2014:" + "9".repeat(5000)), "no recommendation");
    }

    private Cli.Run link(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "evidence";
        args[1] = "link";
        args[2] = String.valueOf(item);
        System.arraycopy(options, 0, args, 3, options.length);
        return cli.run(args);
    }

    private Cli.Run cite(String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "assessments";
        args[1] = "cite";
        args[2] = "--round";
        args[3] = String.valueOf(round);
        args[4] = "--number";
        args[5] = "5";
        System.arraycopy(options, 0, args, 6, options.length);
        return cli.run(args);
    }

    private static void assertRefused(Cli.Run run, String sentence) {
        assertThat(run.exitCode()).as(run.out()).isNotZero();
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("stocktake: ")
                .contains(sentence);
    }

    private static JsonNode json(Cli.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}
