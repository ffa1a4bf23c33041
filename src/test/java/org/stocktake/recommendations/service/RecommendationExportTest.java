package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stocktake.shared.NotFoundException;

class RecommendationExportTest {

    @TempDir
    Path folder;

    private ImportTestWorkspace ws;
    private Review demo;

    @BeforeEach
    void open() {
        ws = new ImportTestWorkspace(folder.resolve("workspace"));
        demo = ws.importDemo();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void demoReviewSurvivesARoundTrip(ExportFormat format) {
        byte[] exported = export("kerslake-2014", format);

        ImportPreview preview = ws.importer.preview(
                "copy." + format.extension(),
                new ByteArrayInputStream(exported),
                ImportTarget.newReview("copy-2014", "A copy"));
        assertThat(preview.problems()).isEmpty();
        Review copy = ws.importer.apply(preview).review();

        assertThat(comparable(ws.service.recommendations(copy.id())))
                .isEqualTo(comparable(ws.service.recommendations(demo.id())));
        assertThat(ws.service.themes(copy.id())).isEqualTo(ws.service.themes(demo.id()));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFieldAndAwkwardTextSurvivesARoundTrip(ExportFormat format) {
        Review review = ws.service.createReview(new ReviewDraft("awkward-2020", "Awkward", "A. Author", null, null));
        ws.service.create(new RecommendationDraft(
                review.id(),
                "7b",
                "Theme, with a comma",
                "Title with \"quotes\", commas and é",
                "First line\nsecond line, with a comma\n\"quoted\" third",
                "Owner",
                "High",
                LocalDate.of(2016, 2, 29),
                new SourceReference("Report, part 2", 33),
                null,
                true));
        ws.service.create(
                new RecommendationDraft(review.id(), "8", null, "Bare", null, null, null, null, null, null, false));

        byte[] exported = export("awkward-2020", format);
        Review copy = ws.importer
                .apply(ws.importer.preview(
                        "copy." + format.extension(),
                        new ByteArrayInputStream(exported),
                        ImportTarget.newReview("awkward-copy", "Copy")))
                .review();

        assertThat(comparable(ws.service.recommendations(copy.id())))
                .isEqualTo(comparable(ws.service.recommendations(review.id())));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void titlesThatLookLikeFormulasComeBackMeaningfully(ExportFormat format) {
        Review review = ws.service.createReview(new ReviewDraft("formulas-2020", "Formulas", null, null, null));
        List<String> titles = List.of("-5% budget", "=SUM(A1:A9)", "+44 20 7946 0000", "@home working");
        for (int i = 0; i < titles.size(); i++) {
            ws.service.create(new RecommendationDraft(
                    review.id(),
                    String.valueOf(i + 1),
                    null,
                    titles.get(i),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false));
        }

        byte[] exported = export("formulas-2020", format);
        Review copy = ws.importer
                .apply(ws.importer.preview(
                        "copy." + format.extension(),
                        new ByteArrayInputStream(exported),
                        ImportTarget.newReview("formulas-copy", "Copy")))
                .review();

        // CSV carries them neutralised ('-5% budget) for spreadsheets; the import takes the added quote off again.
        assertThat(ws.service.recommendations(copy.id()).stream()
                        .map(Recommendation::title)
                        .toList())
                .isEqualTo(titles);
        if (format == ExportFormat.CSV) {
            assertThat(new String(exported, StandardCharsets.UTF_8)).contains(",'-5% budget,", ",'=SUM(A1:A9),");
        }
    }

    @Test
    void jsonExportHasTheDemoFilesShape() {
        String json = new String(export("kerslake-2014", ExportFormat.JSON), StandardCharsets.UTF_8);

        assertThat(json)
                .startsWith("{\n  \"format\": \"stocktake-recommendations\",\n  \"version\": 1,\n  \"review\": {\n"
                        + "    \"code\": \"kerslake-2014\",")
                .contains("\"published\": \"2014-12-09\"")
                .contains("\"milestone\": \"2015-12-31\"")
                .contains("\"sourcePage\": null");
    }

    @Test
    void jsonExportOfADemoReviewImportsUnderItsOwnCodeIntoAFreshWorkspace() throws Exception {
        Path file = folder.resolve("kerslake.json");
        ws.exporter.export("kerslake-2014", file);

        try (ImportTestWorkspace other = new ImportTestWorkspace(folder.resolve("other"))) {
            ImportPreview preview = other.importer.preview(file, null);
            assertThat(preview.problems()).isEmpty();
            Review imported = other.importer.apply(preview).review();
            assertThat(imported.code()).isEqualTo("kerslake-2014");
            assertThat(imported.author()).isEqualTo(demo.author());
            assertThat(imported.publishedOn()).isEqualTo(demo.publishedOn());
            assertThat(imported.sourceDocument()).isEqualTo(demo.sourceDocument());
            assertThat(other.service.recommendations(imported.id())).hasSize(11);
        }
    }

    @Test
    void csvExportStartsWithAByteOrderMarkAndTheHeader() {
        String csv = new String(export("kerslake-2014", ExportFormat.CSV), StandardCharsets.UTF_8);

        assertThat(csv)
                .startsWith(
                        "\uFEFFnumber,theme,title,text,owner,priority,milestone,source_document,source_page,summary\r\n"
                                + "1,Leadership and strategy,Independent improvement panel,");
    }

    @Test
    void deletedRecommendationsAreNotExported() {
        Recommendation first = ws.service.recommendations(demo.id()).get(0);
        ws.service.delete(first.uuid());

        String csv = new String(export("kerslake-2014", ExportFormat.CSV), StandardCharsets.UTF_8);

        assertThat(csv).doesNotContain("Independent improvement panel");
    }

    @Test
    void exportToAFileReplacesItWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("Recommendations.CSV");
        Files.writeString(file, "old content");

        ws.exporter.export("kerslake-2014", file);

        assertThat(Files.readAllBytes(file)).isEqualTo(export("kerslake-2014", ExportFormat.CSV));
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("Recommendations.CSV", "workspace");
        }
    }

    @Test
    void anExportedFileHasTheUsersOrdinaryPermissions() throws Exception {
        Path ordinary = Files.createFile(folder.resolve("ordinary"));
        Path file = folder.resolve("out.json");

        ws.exporter.export("kerslake-2014", file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void anExportRemovesWhatAKilledExportOfTheSameFileLeft() throws Exception {
        Path file = folder.resolve("out.json");
        Path leftover = Files.createFile(folder.resolve(".out.json1234567890.part"));

        ws.exporter.export("kerslake-2014", file);

        assertThat(leftover).doesNotExist();
        assertThat(file).exists();
    }

    @Test
    void exportIntoAMissingFolderFailsClearlyAndLeavesNothing() {
        Path file = folder.resolve("missing").resolve("out.json");

        assertThatThrownBy(() -> ws.exporter.export("kerslake-2014", file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("does not exist");
        assertThat(folder.resolve("missing")).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("workspace");
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void failedExportKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("out.json");
        Files.writeString(file, "old content");

        assertThatThrownBy(() -> ws.exporter.export("no-such-review", file)).isInstanceOf(NotFoundException.class);

        assertThat(Files.readString(file)).isEqualTo("old content");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out.json", "workspace");
        }
    }

    @Test
    void fileNameMustSayCsvOrJson() {
        assertThat(ExportFormat.forFile(Path.of("a", "b.Json"))).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.forFile(Path.of("b.csv"))).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.forFile(Path.of("b.xlsx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot tell the format of 'b.xlsx': the file name must end in .csv or .json.");
        assertThatThrownBy(() -> ws.exporter.export("kerslake-2014", folder.resolve("out.txt")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private byte[] export(String code, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ws.exporter.export(code, format, out);
        return out.toByteArray();
    }

    /** The fields an export carries, without the identities and times that differ between copies. */
    private static List<List<Object>> comparable(List<Recommendation> recommendations) {
        return recommendations.stream()
                .map(r -> java.util.Arrays.asList(
                        r.number(),
                        r.position(),
                        r.theme(),
                        r.title(),
                        r.body(),
                        r.owner(),
                        r.priority(),
                        r.milestone(),
                        r.source(),
                        r.summaryOnly()))
                .toList();
    }
}
