package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.stocktake.recommendations.service.ImportTestWorkspace.resource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.ValidationException;

class RecommendationImportTest {

    @TempDir
    Path folder;

    private ImportTestWorkspace ws;

    @BeforeEach
    void open() {
        ws = new ImportTestWorkspace(folder.resolve("workspace"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void demoFileImportsCleanlyIntoANewReview() {
        ImportPreview preview = ws.previewDemo();

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.isClean()).isTrue();
        assertThat(preview.reviewIsNew()).isTrue();
        assertThat(preview.review().code()).isEqualTo("kerslake-2014");
        assertThat(preview.rows()).hasSize(11);

        ImportResult result = ws.importer.apply(preview);

        assertThat(result.added()).isEqualTo(11);
        Review review = ws.service.review("kerslake-2014");
        assertThat(result.review()).isEqualTo(review);
        assertThat(review.author()).isEqualTo("Sir Bob Kerslake");
        assertThat(review.publishedOn()).isEqualTo(LocalDate.of(2014, 12, 9));
        assertThat(review.sourceDocument()).isEqualTo("The way forward (December 2014)");
        assertThat(ws.service.themes(review.id()))
                .containsExactly(
                        "Leadership and strategy",
                        "Size and structure",
                        "Financial and performance management",
                        "Communities and partnership");
        List<Recommendation> recommendations = ws.service.recommendations(review.id());
        assertThat(recommendations)
                .extracting(Recommendation::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        Recommendation second = recommendations.get(1);
        assertThat(second.title()).isEqualTo("Public report on implementation");
        assertThat(second.owner()).isEqualTo("Leader and Chief Executive");
        assertThat(second.milestone()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(second.summaryOnly()).isFalse();
        assertThat(recommendations.get(2).summaryOnly()).isTrue();
    }

    @Test
    void goodCsvImportsEveryFieldIntoAnExistingReview() {
        ws.service.createReview(new ReviewDraft("panel-2016", "Panel letters", null, null, null));

        ImportPreview preview = ws.importer.preview(resource("/imports/good.csv"), ImportTarget.existing("panel-2016"));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.reviewIsNew()).isFalse();
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 4, 6);
        ImportResult result = ws.importer.apply(preview);
        assertThat(result.added()).isEqualTo(3);

        List<Recommendation> saved = ws.service.recommendations(result.review().id());
        Recommendation first = saved.get(0);
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.title()).isEqualTo("Independent panel, with challenge");
        assertThat(first.theme()).isEqualTo("Leadership and strategy");
        assertThat(first.body())
                .isEqualTo(
                        "The panel gives \"robust\" challenge.\r\nIt reports to the Secretary of State, twice a year.");
        assertThat(first.owner()).isEqualTo("Secretary of State");
        assertThat(first.priority()).isEqualTo("High");
        assertThat(first.milestone()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(first.source()).isEqualTo(new SourceReference("The way forward, December 2014", 12));
        assertThat(first.summaryOnly()).isTrue();

        Recommendation second = saved.get(1);
        assertThat(second.number()).isEqualTo("2a");
        assertThat(second.title()).isEqualTo("Budget plan to 2018/19");
        assertThat(second.body()).isEqualTo("A credible plan – costed to the pound (£)");
        assertThat(second.priority()).isNull();
        assertThat(second.milestone()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(second.source()).isEqualTo(SourceReference.NONE);
        assertThat(second.summaryOnly()).isFalse();

        Recommendation third = saved.get(2);
        assertThat(third.title()).isEqualTo("Workforce plan");
        assertThat(third.theme()).isNull();
        assertThat(third.body()).isNull();
        assertThat(third.milestone()).isNull();
    }

    @Test
    void goodJsonImportsEveryFieldWithItsOwnReview() {
        ImportPreview preview = ws.importer.preview(resource("/imports/good.json"), null);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(12, 24, 31);
        ImportResult result = ws.importer.apply(preview);

        Review review = result.review();
        assertThat(review.code()).isEqualTo("sample-review-2020");
        assertThat(review.title()).isEqualTo("A sample review of a council");
        assertThat(review.author()).isEqualTo("Dame Example");
        assertThat(review.publishedOn()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(review.sourceDocument()).isEqualTo("Sample report (June 2020)");
        List<Recommendation> saved = ws.service.recommendations(review.id());
        assertThat(saved).extracting(Recommendation::number).containsExactly("R1", "2", "R3");
        Recommendation first = saved.get(0);
        assertThat(first.theme()).isEqualTo("Governance");
        assertThat(first.title()).isEqualTo("Clear roles, written down");
        assertThat(first.body())
                .isEqualTo(
                        "Members and officers agree their roles.\nThe agreement is \"published\" and reviewed yearly.");
        assertThat(first.owner()).isEqualTo("Monitoring Officer");
        assertThat(first.priority()).isEqualTo("High");
        assertThat(first.milestone()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(first.source()).isEqualTo(new SourceReference("Sample report (June 2020)", 14));
        assertThat(first.summaryOnly()).isTrue();
        assertThat(saved.get(1).title()).isEqualTo("Balanced budget – with reserves (£)");
        assertThat(saved.get(1).milestone()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(saved.get(2).theme()).isNull();
        assertThat(ws.service.themes(review.id())).containsExactly("Governance", "Finance");
    }

    @Test
    void targetOverridesTheJsonFilesOwnReview() {
        ImportPreview preview =
                ws.importer.preview(resource("/imports/good.json"), ImportTarget.newReview("renamed-2020", "Renamed"));

        ImportResult result = ws.importer.apply(preview);

        assertThat(result.review().code()).isEqualTo("renamed-2020");
        assertThat(result.review().title()).isEqualTo("Renamed");
        assertThat(result.review().author()).isEqualTo("Dame Example");
        assertThat(ws.service.findReview("sample-review-2020")).isEmpty();
    }

    @Test
    void csvIntoANewReviewCreatesIt() {
        ImportPreview preview = ws.importer.preview(
                resource("/imports/good.csv"), ImportTarget.newReview("new-review-2021", "A new review"));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.reviewIsNew()).isTrue();
        ImportResult result = ws.importer.apply(preview);

        assertThat(ws.service.review("new-review-2021").title()).isEqualTo("A new review");
        assertThat(ws.service.recommendations(result.review().id())).hasSize(3);
    }

    @Test
    void csvWithoutATargetAsksForTheReview() {
        ImportPreview preview = ws.importer.preview(resource("/imports/good.csv"), null);

        assertThat(preview.problems())
                .containsExactly(new ImportProblem(0, null, "Choose the review these recommendations belong to."));
        assertThat(preview.isClean()).isFalse();
        assertThat(preview.rows()).hasSize(3);
    }

    @Test
    void targetReviewThatDoesNotExistIsAProblem() {
        ImportPreview preview = ws.importer.preview(resource("/imports/good.csv"), ImportTarget.existing("nope"));

        assertThat(preview.problems())
                .extracting(ImportProblem::message)
                .containsExactly("There is no review with the code 'nope'.");
    }

    @Test
    void newReviewMustHaveAValidUnusedCode() {
        ws.importDemo();

        assertThat(messages(ImportTarget.newReview("Bad Code", "Title")))
                .containsExactly(
                        "The review's short code must be lower-case letters, digits and hyphens (e.g. kerslake-2014).");
        assertThat(messages(ImportTarget.newReview("ok-code", " "))).containsExactly("The review needs a title.");
        assertThat(messages(ImportTarget.newReview("kerslake-2014", "Again")))
                .containsExactly("A review with the code 'kerslake-2014' already exists."
                        + " Choose it, or give the new review another code.");
    }

    @Test
    void numberAlreadyUsedInTheTargetReviewIsAProblem() {
        ws.importDemo();
        String csv = "number,title\n12,New one\n3,Clashes with the demo\n";

        ImportPreview preview = ws.importer.preview(
                "more.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportTarget.existing("kerslake-2014"));

        assertThat(preview.problems())
                .containsExactly(new ImportProblem(
                        3, "number", "Line 3: recommendation 3 already exists in the review 'kerslake-2014'."));
    }

    @Test
    void numbersAndThemesAreStoredInTheirNormalForm() {
        String csv =
                "number,theme,title\n\uFF11\uFF12,\u200BFinance\u00A0,Full-width twelve\n13\u00A0,Finance,No-break\n";

        ImportPreview preview = ws.importer.preview(
                "normal.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportTarget.newReview("normal-2020", "Normal"));
        ImportResult result = ws.importer.apply(preview);

        assertThat(ws.service.recommendations(result.review().id()))
                .extracting(Recommendation::number, Recommendation::theme)
                .containsExactly(tuple("12", "Finance"), tuple("13", "Finance"));
        assertThat(ws.service.themes(result.review().id())).containsExactly("Finance");
    }

    @Test
    void deletedRecommendationsNumbersCanBeReused() {
        Review review = ws.importDemo();
        Recommendation three = ws.service.recommendations(review.id()).get(2);
        ws.service.delete(three.uuid());
        String csv = "number,title\n3,A new third\n";

        ImportPreview preview = ws.importer.preview(
                "more.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportTarget.existing("kerslake-2014"));
        ws.importer.apply(preview);

        assertThat(ws.service.recommendations(review.id())).hasSize(11);
    }

    @Test
    void reimportingTheDemoAddsToItsReviewAndReportsEveryClash() {
        ws.importDemo();

        ImportPreview again = ws.previewDemo();

        assertThat(again.reviewIsNew()).isFalse();
        assertThat(again.problems()).hasSize(11).allMatch(p -> p.message().contains("already exists in the review"));
    }

    @Test
    void applyWritesNothingWhenTheDatabaseRefusesARow() {
        ws.service.createReview(new ReviewDraft("panel-2016", "Panel letters", null, null, null));
        ImportPreview preview = ws.importer.preview(resource("/imports/good.csv"), ImportTarget.existing("panel-2016"));
        Review review = ws.service.review("panel-2016");
        // Someone else takes number 3 between the preview and the apply.
        ws.service.create(new RecommendationDraft(
                review.id(), "3", null, "Taken meanwhile", null, null, null, null, null, null, false));
        List<Integer> before = ws.counts();

        assertThatThrownBy(() -> ws.importer.apply(preview))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Recommendation 3 already exists in this review.");
        assertThat(ws.counts()).isEqualTo(before);
        assertThat(ws.service.themes(review.id())).isEmpty();
    }

    @Test
    void applyWritesNothingWhenTheNewReviewWasCreatedMeanwhile() {
        ImportPreview preview =
                ws.importer.preview(resource("/imports/good.csv"), ImportTarget.newReview("race-2021", "Race"));
        ws.service.createReview(new ReviewDraft("race-2021", "Created first", null, null, null));
        List<Integer> before = ws.counts();

        assertThatThrownBy(() -> ws.importer.apply(preview)).isInstanceOf(ValidationException.class);
        assertThat(ws.counts()).isEqualTo(before);
    }

    @Test
    void fileOver50MegabytesIsRefusedUnread() throws Exception {
        Path big = folder.resolve("big.csv");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(RecommendationImporter.MAX_BYTES + 1);
        }

        ImportPreview preview = ws.importer.preview(big, ImportTarget.existing("any"));

        assertThat(preview.problems())
                .extracting(ImportProblem::message)
                .first()
                .asString()
                .startsWith("The file is larger than 50 MB");
    }

    @Test
    void streamOver50MegabytesIsNotReadToTheEnd() {
        CountingStream endless = new CountingStream();

        ImportPreview preview = ws.importer.preview("big.json", endless, null);

        assertThat(preview.problems())
                .extracting(ImportProblem::message)
                .first()
                .asString()
                .startsWith("The file is larger than 50 MB");
        assertThat(endless.read).isEqualTo(RecommendationImporter.MAX_BYTES + 1);
    }

    @Test
    void extensionIsReadInAnyCase() {
        String json = "{\"format\": \"stocktake-recommendations\", \"version\": 1,\n"
                + "\"review\": {\"code\": \"upper-2020\", \"title\": \"Upper\"},\n"
                + "\"recommendations\": [{\"number\": \"1\", \"title\": \"One\"}]}";

        ImportPreview preview = ws.importer.preview(
                "EXPORT.JSON", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(3);
    }

    @Test
    void csvLinesCountQuotedLineBreaksAndBlankLines() {
        String csv = "\n\nnumber,title,text\n1,One,\"a\nb\nc\"\n\n,,\n2,,x\n";

        ImportPreview preview = ws.importer.preview(
                "lines.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportTarget.newReview("lines-2020", "Lines"));

        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(4, 9);
        assertThat(preview.problems())
                .containsExactly(new ImportProblem(9, null, "Line 9: A recommendation needs a title."));
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        ImportPreview preview = ws.importer.preview(folder.resolve("absent.csv"), ImportTarget.existing("x"));

        assertThat(preview.problems())
                .extracting(ImportProblem::message)
                .first()
                .asString()
                .contains("does not exist");
    }

    private List<String> messages(ImportTarget target) {
        return ws.importer.preview(resource("/imports/good.csv"), target).problems().stream()
                .map(ImportProblem::message)
                .toList();
    }

    /** An endless stream of spaces that counts what was taken from it. */
    private static final class CountingStream extends java.io.InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read += length;
            return length;
        }
    }
}
