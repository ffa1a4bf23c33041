package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.stocktake.recommendations.service.ImportTestWorkspace.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stocktake.shared.ValidationException;

/** Each file under imports/bad shows one kind of problem, reported on its line, and nothing is written. */
class BadImportFileTest {

    private static final ImportTarget DEMO = ImportTarget.existing("kerslake-2014");
    private static final ImportTarget NEW = ImportTarget.newReview("new-2020", "A new review");
    private static final String COLUMNS =
            "number, theme, title, text, owner, priority, milestone, source_document, source_page, summary";
    private static final String DATES = "(use 2015-12-31 or 31/12/2015).";

    @TempDir
    Path folder;

    private ImportTestWorkspace ws;

    @BeforeEach
    void open() {
        ws = new ImportTestWorkspace(folder);
        ws.importDemo();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad(
                        "missing-title-column.csv",
                        DEMO,
                        problem(1, "title", "Line 1: there is no 'title' column; every recommendation needs one.")),
                bad(
                        "duplicate-number.csv",
                        NEW,
                        problem(
                                5,
                                "number",
                                "Line 5: the number '4A' is also used on line 3; each recommendation needs its own.")),
                bad(
                        "bad-date.csv",
                        NEW,
                        problem(4, "milestone", "Line 4: the milestone '31/13/2015' is not a date " + DATES)),
                bad(
                        "latin1.csv",
                        DEMO,
                        problem(
                                3,
                                null,
                                "The file is not UTF-8 text (line 3 has a byte that is not valid UTF-8)."
                                        + " Save it as UTF-8 and import again.")),
                bad(
                        "utf16.csv",
                        DEMO,
                        problem(0, null, "The file is UTF-16 text, not UTF-8. Save it as UTF-8 and import again.")),
                bad(
                        "unknown-column.csv",
                        NEW,
                        problem(
                                1,
                                "colour",
                                "Line 1: the column 'colour' is not one Stocktake knows (the columns are " + COLUMNS
                                        + ").")),
                bad("empty.csv", DEMO, problem(0, null, "The file is empty.")),
                bad("header-only.csv", DEMO, problem(0, null, "The file has a header row but no recommendations.")),
                bad(
                        "bad-page.csv",
                        NEW,
                        problem(
                                3,
                                "source_page",
                                "Line 3: the source page 'twelve' is not a whole number (use e.g. 12)."),
                        problem(4, null, "Line 4: The source page must be 1 or more.")),
                bad(
                        "bad-summary.csv",
                        NEW,
                        problem(
                                3,
                                "summary",
                                "Line 3: summary 'maybe' is not yes or no (use yes, no, true, false, y, n, 1 or 0).")),
                bad("missing-title.csv", NEW, problem(3, null, "Line 3: A recommendation needs a title.")),
                bad(
                        "unclosed-quote.csv",
                        NEW,
                        problem(
                                3,
                                null,
                                "Line 3: this row cannot be read as CSV: a quoted cell is not closed,"
                                        + " or has text after its closing quote.")),
                bad(
                        "stray-cell.csv",
                        NEW,
                        problem(3, null, "Line 3: a cell is outside the named columns of the header row.")),
                bad(
                        "several-problems.csv",
                        NEW,
                        problem(
                                1,
                                "colour",
                                "Line 1: the column 'colour' is not one Stocktake knows (the columns are " + COLUMNS
                                        + ")."),
                        problem(2, "milestone", "Line 2: the milestone 'someday' is not a date " + DATES),
                        problem(2, null, "Line 2: A recommendation needs a title."),
                        problem(
                                3,
                                "number",
                                "Line 3: the number '1' is also used on line 2; each recommendation needs its own.")),
                bad(
                        "bad-json-syntax.json",
                        null,
                        problem(
                                7,
                                null,
                                "Line 7: the file is not valid JSON here (Unexpected character ('{' (code"
                                        + " 123)): was expecting comma to separate Array entries).")),
                bad(
                        "broken-early.json",
                        null,
                        problem(
                                4,
                                null,
                                "Line 4: the file is not valid JSON here (Unexpected character ('\"' (code 34)):"
                                        + " was expecting comma to separate Object entries).")),
                bad(
                        "wrong-format.json",
                        null,
                        problem(
                                2,
                                "format",
                                "Line 2: the format should be \"stocktake-recommendations\"; this file is not one.")),
                bad(
                        "wrong-version.json",
                        null,
                        problem(
                                3,
                                "version",
                                "Line 3: the file is version 2 of the format; this Stocktake reads version 1.")),
                bad(
                        "unknown-field.json",
                        null,
                        problem(8, null, "Line 8: A recommendation needs a title."),
                        problem(10, "titel", "Line 10: unknown field 'titel' in recommendation 3.")),
                bad(
                        "bad-json-values.json",
                        null,
                        problem(4, "published", "Line 4: the published date '9 Dec 2014' is not a date " + DATES),
                        problem(6, "milestone", "Line 6: the milestone '2015-02-30' is not a date " + DATES),
                        problem(7, "sourcePage", "Line 7: the source page '2.5' is not a whole number (use e.g. 12)."),
                        problem(8, "title", "Line 8: 'title' in recommendation 3 should be a single value."),
                        problem(8, null, "Line 8: A recommendation needs a title."),
                        problem(
                                9,
                                "summary",
                                "Line 9: summary 'perhaps' is not yes or no (use yes, no, true, false, y, n, 1 or 0).")),
                bad("no-recommendations.json", null, problem(5, null, "Line 5: the file has no recommendations.")),
                bad(
                        "no-review.json",
                        null,
                        problem(
                                0,
                                null,
                                "The file has no \"review\" block; choose the review these recommendations belong to.")),
                bad(
                        "escape-codes.csv",
                        NEW,
                        problem(3, null, "Line 3: The title contains a control character (U+001B); remove it.")),
                bad(
                        "nul.json",
                        null,
                        problem(7, null, "Line 7: The title contains a control character (U+0000); remove it.")),
                bad(
                        "bidi-title.csv",
                        NEW,
                        problem(2, null, "Line 2: The title contains a text-direction control (U+202E); remove it.")),
                bad(
                        "title-line-break.csv",
                        NEW,
                        problem(2, null, "Line 2: The title contains a line break (U+000A); keep it on one line.")),
                bad(
                        "full-width-duplicate.csv",
                        NEW,
                        problem(
                                3,
                                "number",
                                "Line 3: the number '\uFF15' (read as '5') is also used on line 2;"
                                        + " each recommendation needs its own."),
                        problem(
                                4,
                                "number",
                                "Line 4: the number '5\u00A0' (read as '5') is also used on line 2;"
                                        + " each recommendation needs its own.")),
                bad(
                        "full-width-clash.csv",
                        DEMO,
                        problem(
                                3,
                                "number",
                                "Line 3: recommendation \uFF13 (read as '3') already exists in the review"
                                        + " 'kerslake-2014'.")),
                bad(
                        "long-text.csv",
                        NEW,
                        problem(
                                2,
                                null,
                                "Line 2: The text is longer than 65,535 characters (it has 65,536); shorten it.")),
                bad(
                        "truncated.csv",
                        NEW,
                        problem(
                                2,
                                null,
                                "The file ends part-way through a character on line 2, so it was probably cut short."
                                        + " Copy or save it again, then import it.")),
                bad("empty.json", null, problem(0, null, "The file is empty.")),
                bad(
                        "recommendations.txt",
                        DEMO,
                        problem(0, null, "Stocktake imports .csv and .json files; 'recommendations.txt' is neither.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsReportedOnItsLineAndNothingIsWritten(String file, ImportTarget target, List<ImportProblem> expected) {
        List<Integer> before = ws.counts();

        ImportPreview preview = ws.importer.preview(resource("/imports/bad/" + file), target);

        assertThat(preview.problems()).containsExactlyElementsOf(expected);
        assertThat(preview.isClean()).isFalse();
        assertThatThrownBy(() -> ws.importer.apply(preview))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .containsExactlyElementsOf(
                                expected.stream().map(ImportProblem::message).toList()));
        assertThat(ws.counts()).isEqualTo(before);
        assertThat(ws.service.findReview("new-2020")).isEmpty();
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = folder.resolve("recommendations.csv");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo could not make a pipe here");

        // Opening a pipe to read blocks until something writes to it: a test that hangs has failed.
        ImportPreview preview =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ws.importer.preview(pipe, DEMO));

        assertRefused(
                preview,
                "recommendations.csv is not an ordinary file (it may be a named pipe or a device)."
                        + " Save the recommendations to a CSV or JSON file and import that.");
    }

    @Test
    void aDeviceBehindALinkIsRefusedUnread() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = folder.resolve("endless.json");
        try {
            Files.createSymbolicLink(link, zero);
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("links cannot be made here: " + e.getMessage());
        }

        ImportPreview preview =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ws.importer.preview(link, null));

        assertRefused(
                preview,
                "endless.json is not an ordinary file (it may be a named pipe or a device)."
                        + " Save the recommendations to a CSV or JSON file and import that.");
    }

    @Test
    void aFolderIsRefusedWithASentence() throws Exception {
        Path directory = Files.createDirectory(folder.resolve("export.csv"));

        ImportPreview preview = ws.importer.preview(directory, DEMO);

        assertRefused(preview, "export.csv is a folder, not a file. Choose the CSV or JSON file inside it.");
    }

    @Test
    void aLinkToAnOrdinaryFileIsFollowed() throws Exception {
        Path link = folder.resolve("linked.csv");
        try {
            Files.createSymbolicLink(link, resource("/imports/good.csv"));
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("links cannot be made here: " + e.getMessage());
        }

        ImportPreview preview = ws.importer.preview(link, NEW);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize(3);
    }

    @Test
    void anEmptyFileIsRefusedWithASentence() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.json"));

        assertRefused(ws.importer.preview(empty, null), "The file is empty.");
    }

    private void assertRefused(ImportPreview preview, String message) {
        List<Integer> before = ws.counts();
        assertThat(preview.problems()).containsExactly(problem(0, null, message));
        assertThatThrownBy(() -> ws.importer.apply(preview))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThat(ws.counts()).isEqualTo(before);
    }

    @Test
    void latin1FileReallyIsNotUtf8() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(resource("/imports/bad/latin1.csv"));
        var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder();

        assertThat(bytes).contains((byte) 0xE9);
        assertThatThrownBy(() -> decoder.decode(java.nio.ByteBuffer.wrap(bytes)))
                .isInstanceOf(java.nio.charset.CharacterCodingException.class);
    }

    private static Arguments bad(String file, ImportTarget target, ImportProblem... problems) {
        return Arguments.of(file, target, List.of(problems));
    }

    private static ImportProblem problem(int line, String column, String message) {
        return new ImportProblem(line, column, message);
    }
}
