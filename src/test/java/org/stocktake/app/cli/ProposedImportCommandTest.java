package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.ReviewPdf;

/** {@code recommendations import --from-evidence}: a review's PDF in the library becomes its recommendations. */
class ProposedImportCommandTest {

    @TempDir
    Path temp;

    private Cli cli;
    private long documentId;

    @BeforeEach
    void addTheReview() throws IOException {
        cli = new Cli(temp.resolve("workspace"));
        Path pdf = Files.write(temp.resolve("northbridge review.pdf"), ReviewPdf.bytes());
        Cli.Run added = cli.run("evidence", "add", pdf.toString(), "--kind", "report");
        assertThat(added.exitCode()).as(added.err()).isZero();
        JsonNode listed = new ObjectMapper()
                .readTree(cli.run("evidence", "list", "--format", "json").out());
        for (JsonNode item : listed) {
            if (item.get("file").asText().equals("northbridge review.pdf")) {
                documentId = item.get("id").asLong();
            }
        }
        assertThat(documentId).isPositive();
    }

    @Test
    void theRecommendationsOfAReviewPdfAreImportedEachLinkedToItsPage() throws IOException {
        Cli.Run imported = cli.run(
                "recommendations",
                "import",
                "--from-evidence",
                String.valueOf(documentId),
                "--review",
                "northbridge-2024",
                "--title",
                "Northbridge review");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out())
                .matches("Imported 11 recommendations into northbridge-2024 \\(Northbridge review\\) from '.+',"
                        + " each linked to its page\\.\\R");
        Cli.Run listed = cli.run("recommendations", "list", "--review", "northbridge-2024", "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(listed.out());
        assertThat(rows).hasSize(11);
        assertThat(rows.get(0).get("title").asText())
                .isEqualTo(ReviewPdf.EXPECTED.get(0).title());
        try (AppContext context = cli.open()) {
            Long reviewId = context.recommendations().review("northbridge-2024").id();
            List<Recommendation> written = context.recommendations().recommendations(reviewId);
            for (Recommendation r : written) {
                int expected =
                        ReviewPdf.EXPECTED.get(Integer.parseInt(r.number()) - 1).page();
                assertThat(context.evidence().linkedTo(r.id()))
                        .as("recommendation " + r.number())
                        .isEqualTo(Map.of(documentId, expected));
                assertThat(r.source().page()).isEqualTo(expected);
            }
        }
    }

    @Test
    void problemsAreListedAndNothingIsImported() {
        cli.run(
                "recommendations",
                "import",
                "--from-evidence",
                String.valueOf(documentId),
                "--review",
                "n",
                "--title",
                "Northbridge");

        Cli.Run again =
                cli.run("recommendations", "import", "--from-evidence", String.valueOf(documentId), "--review", "n");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines().get(0))
                .startsWith("stocktake: nothing imported; the recommendations found in '")
                .endsWith("have 11 problems:");
        assertThat(again.errLines()).contains("  Row 1: recommendation 1 already exists in the review 'n'.");
    }

    @Test
    void aReviewMustBeNamedAndADocumentWithoutRecommendationsIsRefused() throws IOException {
        Cli.Run unnamed = cli.run("recommendations", "import", "--from-evidence", String.valueOf(documentId));
        assertThat(unnamed.exitCode()).isEqualTo(1);
        assertThat(unnamed.err()).contains("Choose the review these recommendations belong to.", "--review CODE");

        Path letter = Files.writeString(temp.resolve("letter.txt"), "Dear Sir,\nThank you for your letter.\n");
        cli.run("evidence", "add", letter.toString());
        long letterId;
        try (AppContext context = cli.open()) {
            letterId = context.evidence().items().stream()
                    .filter(i -> i.fileName().equals("letter.txt"))
                    .mapToLong(EvidenceItem::id)
                    .findFirst()
                    .orElseThrow();
        }
        Cli.Run none = cli.run(
                "recommendations",
                "import",
                "--from-evidence",
                String.valueOf(letterId),
                "--review",
                "x",
                "--title",
                "X");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("No numbered recommendations were found in");

        Cli.Run both = cli.run("recommendations", "import", "x.csv", "--from-evidence", "1", "--review", "x");
        assertThat(both.exitCode()).isEqualTo(2);
        Cli.Run neither = cli.run("recommendations", "import", "--review", "x");
        assertThat(neither.exitCode()).isEqualTo(2);
        Cli.Run missing = cli.run("recommendations", "import", "--from-evidence", "9999", "--review", "x");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no document 9999");
    }
}
