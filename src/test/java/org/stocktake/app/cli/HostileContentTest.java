package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewDraft;

/**
 * Titles written to hurt: escape codes that would drive the terminal, a bidirectional override that would reorder
 * what is shown, and cells a spreadsheet would run as formulas. Tables show them escaped; CSV neutralises formulas;
 * JSON carries the text as it is.
 */
class HostileContentTest {

    static final String RED = "\u001b[31mALERT\u001b[0m";
    static final String REVERSED = "Budget \u202eexe.tropeR";
    static final String FORMULA = "=cmd|' /C calc'!A0";
    static final String MINUS = "-5% budget";

    @TempDir
    Path temp;

    private Cli cli;

    /**
     * Stocktake refuses control characters on the way in, so the hostile text is written past the services, as a
     * workspace made by an older version or edited outside Stocktake could hold it. Formula-like text is ordinary
     * text and goes in through the service.
     */
    @BeforeEach
    void hostileReview() {
        cli = new Cli(temp.resolve("workspace"));
        try (AppContext context = cli.open()) {
            Review review = context.recommendations()
                    .createReview(new ReviewDraft("hostile-2020", "Hostile review", null, null, null));
            add(context, review, "1", "one", "owner");
            add(context, review, "2", "two", "owner");
            add(context, review, "3", FORMULA, "@SUM(1+1)");
            add(context, review, "4", MINUS, "+44 20 7946 0000");
            var sql = context.workspace().database().dsl().jooq();
            sql.execute("update review set title = ? where code = 'hostile-2020'", "Hostile \u001b]0;owned\u0007");
            sql.execute(
                    "update recommendation set title = ?, owner = ? where number = '1' and review_id = ?",
                    RED,
                    "Owner\u009b2J",
                    review.id());
            sql.execute(
                    "update recommendation set title = ?, owner = ? where number = '2' and review_id = ?",
                    REVERSED,
                    "Tab\there",
                    review.id());
        }
    }

    private static void add(AppContext context, Review review, String number, String title, String owner) {
        context.recommendations()
                .create(new RecommendationDraft(
                        review.id(), number, null, title, null, owner, null, null, null, null, false));
    }

    @Test
    void aTableShowsControlCharactersEscapedSoTheTerminalIsNeverDriven() {
        Cli.Run run = cli.run("recommendations", "list", "--review", "hostile-2020");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .doesNotContain("\u001b", "\u009b", "\u202e", "\t")
                .contains("\\e[31mALERT\\e[0m", "Owner\\u009b2J", "Budget \\u202eexe.tropeR", "Tab\\there");
    }

    @Test
    void messagesEscapeControlCharactersToo() throws IOException {
        Path csv = Files.writeString(temp.resolve("more.csv"), "number,title\n9,Nine\n");

        Cli.Run run = cli.run("recommendations", "import", csv.toString(), "--review", "hostile-2020");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(Hostile \\e]0;owned\\u0007)").doesNotContain("\u001b", "\u0007");
    }

    @Test
    void csvNeutralisesFormulaCellsInListsAndExports() throws IOException {
        List<CSVRecord> listed =
                OutputFormatsTest.csv(ok("recommendations", "list", "--review", "hostile-2020", "--format", "csv"));
        Path file = temp.resolve("hostile.csv");
        ok("recommendations", "export", "--review", "hostile-2020", file.toString());
        List<CSVRecord> exported = OutputFormatsTest.csv(Files.readString(file));

        for (List<CSVRecord> rows : List.of(listed, exported)) {
            assertThat(rows.get(2).get("title")).isEqualTo("'" + FORMULA);
            assertThat(rows.get(2).get("owner")).isEqualTo("'@SUM(1+1)");
            assertThat(rows.get(3).get("title")).isEqualTo("'" + MINUS);
            assertThat(rows.get(3).get("owner")).isEqualTo("'+44 20 7946 0000");
            assertThat(rows.get(0).get("title")).as("not a formula: left alone").isEqualTo(RED);
        }
        assertThat(Files.readString(file)).doesNotContain("," + FORMULA);
    }

    @Test
    void jsonCarriesTheTextAsItIs() throws IOException {
        JsonNode list =
                OutputFormatsTest.json(ok("recommendations", "list", "--review", "hostile-2020", "--format", "json"));

        assertThat(list.get(0).get("title").asText()).isEqualTo(RED);
        assertThat(list.get(2).get("title").asText()).isEqualTo(FORMULA);
        assertThat(list.get(3).get("title").asText()).isEqualTo(MINUS);
    }

    private String ok(String... args) {
        Cli.Run run = cli.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }
}
