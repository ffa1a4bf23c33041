package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stocktake.shared.files.JsonDialect;

/**
 * Every list and export, in every format, read back by an ordinary CSV or JSON reader: one CSV dialect and one JSON
 * style everywhere, to a file or to standard output.
 */
class OutputFormatsTest {

    private static final String BOM = "\uFEFF";

    @TempDir
    Path temp;

    private Cli cli;

    @BeforeEach
    void demo() {
        cli = new Cli(temp.resolve("workspace"));
    }

    @Test
    void recommendationsListAsCsvReadsBackWithAHeaderAndARowEach() throws IOException {
        List<CSVRecord> rows = csv(ok("recommendations", "list", "--format", "csv"));

        assertThat(rows).hasSize(11);
        assertThat(rows.get(4).get("number")).isEqualTo("5");
        assertThat(rows.get(4).get("milestone")).isEqualTo("2019-03-31");
        assertThat(rows.get(0).toMap().keySet())
                .containsExactly("review", "number", "theme", "title", "owner", "priority", "milestone", "uuid");
    }

    @Test
    void recommendationsListAsJsonReadsBackWithEveryFieldOnEveryObject() throws IOException {
        JsonNode list = json(ok("recommendations", "list", "--format", "json"));

        assertThat(list).hasSize(11);
        assertThat(list.get(4).get("milestone").asText()).isEqualTo("2019-03-31");
        for (JsonNode item : list) {
            assertThat(item.has("priority"))
                    .as("absent values are written as null")
                    .isTrue();
        }
    }

    @Test
    void recommendationsListAsATableHasARuleUnderItsHeadings() {
        List<String> lines =
                ok("recommendations", "list", "--format", "table").lines().toList();

        assertThat(lines.get(0)).startsWith("REVIEW         NO.  THEME");
        assertThat(lines.get(1)).matches("-+( {2}-+)+");
        assertThat(lines).hasSize(14).last().isEqualTo("11 recommendations");
    }

    @Test
    void roundsListTakesEachFormat() throws IOException {
        List<String> table = ok("rounds", "list").lines().toList();
        List<CSVRecord> csv = csv(ok("rounds", "list", "--format", "csv"));
        JsonNode json = json(ok("rounds", "list", "--format", "JSON"));

        assertThat(table.get(0)).contains("STATUS  ASSESSED  TITLE");
        assertThat(table).contains("3 rounds");
        assertThat(csv).hasSize(3);
        assertThat(csv.get(2).get("status")).isEqualTo("draft");
        assertThat(csv.get(2).get("rated")).isEqualTo("7");
        assertThat(json.get(2).get("round").asInt()).isEqualTo(3);
        assertThat(json.get(2).get("rated").asInt()).isEqualTo(7);
        assertThat(json.get(2).get("assessments").asInt()).isEqualTo(11);
        assertThat(json.get(0).get("date").asText()).isEqualTo("2015-11-05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json"})
    void anExportWritesTheSameBytesToAFileAsToStandardOutput(String format) throws IOException {
        for (String[] command : List.of(
                new String[] {"assessments", "export", "--round", "2"},
                new String[] {"recommendations", "export", "--review", "kerslake-2014"})) {
            Path file = temp.resolve(command[0] + "." + format);
            String stdout = ok(concat(command, "--format", format));
            ok(concat(command, file.toString()));

            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(stdout);
        }
    }

    @Test
    void assessmentsExportReadsBackAsCsvAndJson() throws IOException {
        List<CSVRecord> csv = csv(ok("assessments", "export", "--round", "3"));
        JsonNode json = json(ok("assessments", "export", "--round", "3", "--format", "json"));

        assertThat(csv).hasSize(11);
        assertThat(json).hasSize(11);
        assertThat(csv.get(0).get("level")).isEqualTo(json.get(0).get("level").asText());
        assertThat(json.get(10).get("level").isNull()).isTrue();
        assertThat(json.get(0).get("assessed_at").asText())
                .as("times are ISO 8601 strings, the same in both formats")
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*")
                .isEqualTo(csv.get(0).get("assessed_at"));
        assertThat(json.get(0).get("corrected").isBoolean()).isTrue();
    }

    @Test
    void csvIsOneDialectEverywhereWithAByteOrderMarkAndCrLf() {
        for (String[] command : List.of(
                new String[] {"recommendations", "list", "--format", "csv"},
                new String[] {"rounds", "list", "--format", "csv"},
                new String[] {"assessments", "export", "--round", "1"},
                new String[] {"recommendations", "export", "--format", "csv"})) {
            String out = ok(command);
            assertThat(out).as(String.join(" ", command)).startsWith(BOM).endsWith("\r\n");
            assertThat(out.replace("\r\n", "")).as("no bare line ends").doesNotContain("\n\n");
        }
    }

    @Test
    void jsonIsOneStyleEverywhere() throws IOException {
        for (String[] command : List.of(
                new String[] {"recommendations", "list", "--format", "json"},
                new String[] {"rounds", "list", "--format", "json"},
                new String[] {"assessments", "export", "--round", "1", "--format", "json"},
                new String[] {"recommendations", "export", "--format", "json"})) {
            String out = ok(command);
            StringWriter again = new StringWriter();
            JsonDialect.write(new ObjectMapper().readTree(out), again);

            assertThat(out).as(String.join(" ", command)).isEqualTo(again.toString());
            assertThat(out).doesNotStartWith(BOM).doesNotContain("\r", "\" : ").contains("\n    \"title\": ");
        }
    }

    @Test
    void theFormatOfAnExportComesFromTheFileNameOrMustAgreeWithIt() throws IOException {
        Path json = temp.resolve("round.JSON");
        ok("assessments", "export", "--round", "1", json.toString());
        assertThat(new ObjectMapper().readTree(json.toFile())).hasSize(11);

        Cli.Run clash = cli.run("assessments", "export", "--round", "1", "--format", "csv", json.toString());
        assertThat(clash.exitCode()).isEqualTo(1);
        assertThat(clash.err()).contains("says json but --format says csv");

        Cli.Run unknown =
                cli.run("recommendations", "export", temp.resolve("out.txt").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("Cannot tell the format of out.txt", "--format csv");

        ok("recommendations", "export", temp.resolve("out.txt").toString(), "--format", "json");
        assertThat(new ObjectMapper()
                        .readTree(temp.resolve("out.txt").toFile())
                        .get("format")
                        .asText())
                .isEqualTo("stocktake-recommendations");
    }

    @Test
    void anExportToAFileSaysWhatItWrote() {
        assertThat(ok(
                        "assessments",
                        "export",
                        "--round",
                        "2",
                        temp.resolve("r.csv").toString()))
                .isEqualTo("Exported 11 assessments of round 2 to " + temp.resolve("r.csv") + "."
                        + System.lineSeparator());
        assertThat(ok("recommendations", "export", temp.resolve("k.csv").toString()))
                .startsWith("Exported 11 recommendations of kerslake-2014 to ");
    }

    private String ok(String... args) {
        Cli.Run run = cli.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    private static String[] concat(String[] command, String... more) {
        String[] all = new String[command.length + more.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }

    /** Reads CSV as a script would: the byte-order mark dropped, the first row naming the columns. */
    static List<CSVRecord> csv(String text) throws IOException {
        assertThat(text).startsWith(BOM);
        try (CSVParser parser = CSVParser.parse(
                text.substring(1),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .build())) {
            return parser.getRecords();
        }
    }

    static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
