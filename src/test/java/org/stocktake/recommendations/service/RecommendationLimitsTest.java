package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.shared.Actor;
import org.stocktake.shared.ValidationException;

/** One set of limits, held alike by the service, the audit trail, the export and the import. */
class RecommendationLimitsTest {

    @TempDir
    Path folder;

    private ImportTestWorkspace ws;
    private AuditTrail audit;
    private Review review;

    @BeforeEach
    void open() {
        ws = new ImportTestWorkspace(folder.resolve("workspace"));
        audit = new AuditTrail(ws.workspace.database(), Clock.systemUTC(), () -> new Actor("tester"));
        review = ws.service.createReview(new ReviewDraft("limits-2024", "At the limits", null, null, null));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /**
     * Every field at its maximum, written with the characters that grow most when the audit trail stores the
     * recommendation as JSON (quotes, backslashes, tabs and line breaks each take two characters there).
     */
    private RecommendationDraft atTheLimits(String notes) {
        return new RecommendationDraft(
                review.id(),
                "R" + "9".repeat(RecommendationLimits.NUMBER.max() - 1),
                full("Theme \"quoted\" \\ ", RecommendationLimits.THEME),
                full("Title \"quoted\" \\ ", RecommendationLimits.TITLE),
                full("Text \"quoted\"\\\n\ttabbed\r\n", RecommendationLimits.TEXT),
                full("Owner \" \\ ", RecommendationLimits.OWNER),
                full("P\"\\", RecommendationLimits.PRIORITY),
                LocalDate.of(2025, 3, 31),
                new SourceReference(full("Source \" \\ ", RecommendationLimits.SOURCE_DOCUMENT), 12),
                full(notes + "\"\\\n", RecommendationLimits.NOTES),
                true);
    }

    /** {@code pattern} repeated to exactly the limit, starting and ending with a letter so nothing is trimmed. */
    private static String full(String pattern, FieldLimit limit) {
        StringBuilder text = new StringBuilder("A");
        while (text.length() < limit.max() - 1) {
            text.append(pattern);
        }
        text.setLength(limit.max() - 1);
        return text.append('Z').toString();
    }

    @Test
    void aRecommendationAtEveryLimitIsSavedAuditedExportedAndImportedAgain() throws Exception {
        Recommendation created = ws.service.create(atTheLimits("First notes "));
        Recommendation edited = ws.service.update(created.uuid(), created.version(), atTheLimits("Second notes "));

        assertThat(edited.toDraft()).isEqualTo(atTheLimits("Second notes "));
        List<AuditEntry> entries = audit.entriesFor(created.uuid());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("create", "update");
        assertThat(entries.get(1).before().length() + entries.get(1).after().length())
                .as("both states of the edit are kept whole")
                .isGreaterThan(4 * RecommendationLimits.TEXT.max());
        assertThat(audit.verify().intact()).isTrue();

        for (String file : List.of("limits.csv", "limits.json")) {
            Path export = folder.resolve(file);
            ws.exporter.export(review.code(), export);
            String copy = "copy-" + file.substring(file.indexOf('.') + 1);
            ImportPreview preview = ws.importer.preview(export, ImportTarget.newReview(copy, "Copy"));
            assertThat(preview.problems()).as(file).isEmpty();
            Review imported = ws.importer.apply(preview).review();

            Recommendation again = ws.service.recommendations(imported.id()).get(0);
            assertThat(again.toDraft())
                    .as(file + ", all but the notes, which are not exported")
                    .isEqualTo(withoutNotes(edited.toDraft(), imported.id()));
        }
    }

    static Stream<Arguments> fields() {
        return RecommendationLimits.RECOMMENDATION.stream().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("fields")
    void oneCharacterMoreIsRefusedNamingTheFieldAndNothingIsWritten(FieldLimit limit) {
        RecommendationDraft draft = overBy(atTheLimits("Notes "), limit);

        assertThatThrownBy(() -> ws.service.create(draft))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .containsExactly("The " + limit.name() + " is longer than " + grouped(limit.max())
                                + " characters (it has " + grouped(limit.max() + 1) + "); shorten it."));
        assertThat(ws.service.recommendations(review.id())).isEmpty();
    }

    @Test
    void anImportRefusesEachFieldOverItsLimitOnItsOwnLine() {
        String csv = "number,theme,title,text,owner,priority,source_document\n"
                + "1" + "2".repeat(20) + ",,T,,,,\n"
                + "2," + "t".repeat(201) + ",T,,,,\n"
                + "3,," + "t".repeat(501) + ",,,,\n"
                + "4,,T," + "t".repeat(65_536) + ",,,\n"
                + "5,,T,," + "o".repeat(201) + ",,\n"
                + "6,,T,,," + "p".repeat(41) + ",\n"
                + "7,,T,,,," + "s".repeat(1001) + "\n";
        List<Integer> before = ws.counts();

        ImportPreview preview = ws.importer.preview(
                "long.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportTarget.existing(review.code()));

        assertThat(preview.problems())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "Line 2: The number is longer than 20 characters (it has 21); shorten it.",
                        "Line 3: The theme is longer than 200 characters (it has 201); shorten it.",
                        "Line 4: The title is longer than 500 characters (it has 501); shorten it.",
                        "Line 5: The text is longer than 65,535 characters (it has 65,536); shorten it.",
                        "Line 6: The owner is longer than 200 characters (it has 201); shorten it.",
                        "Line 7: The priority is longer than 40 characters (it has 41); shorten it.",
                        "Line 8: The source document is longer than 1,000 characters (it has 1,001); shorten it.");
        assertThatThrownBy(() -> ws.importer.apply(preview)).isInstanceOf(ValidationException.class);
        assertThat(ws.counts()).isEqualTo(before);
    }

    @Test
    void aReviewsOwnTextIsHeldToItsColumnsToo() {
        String json = "{\"format\": \"stocktake-recommendations\", \"version\": 1,\n"
                + "\"review\": {\"code\": \"long-2020\", \"title\": \"Long\", \"author\": \"" + "a".repeat(301)
                + "\", \"source\": \"" + "s".repeat(1001) + "\"},\n"
                + "\"recommendations\": [{\"number\": \"1\", \"title\": \"One\"}]}";

        ImportPreview preview =
                ws.importer.preview("long.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);

        assertThat(preview.problems())
                .extracting(ImportProblem::message)
                .containsExactly(
                        "The review's author is longer than 300 characters (it has 301); shorten it.",
                        "The review's source document is longer than 1,000 characters (it has 1,001); shorten it.");
    }

    private static RecommendationDraft overBy(RecommendationDraft d, FieldLimit limit) {
        String more = "X".repeat(limit.max() + 1);
        return new RecommendationDraft(
                d.reviewId(),
                limit == RecommendationLimits.NUMBER ? more : d.number(),
                limit == RecommendationLimits.THEME ? more : d.theme(),
                limit == RecommendationLimits.TITLE ? more : d.title(),
                limit == RecommendationLimits.TEXT ? more : d.body(),
                limit == RecommendationLimits.OWNER ? more : d.owner(),
                limit == RecommendationLimits.PRIORITY ? more : d.priority(),
                d.milestone(),
                limit == RecommendationLimits.SOURCE_DOCUMENT
                        ? new SourceReference(more, d.source().page())
                        : d.source(),
                limit == RecommendationLimits.NOTES ? more : d.notes(),
                d.summaryOnly());
    }

    private static RecommendationDraft withoutNotes(RecommendationDraft d, long reviewId) {
        return new RecommendationDraft(
                reviewId,
                d.number(),
                d.theme(),
                d.title(),
                d.body(),
                d.owner(),
                d.priority(),
                d.milestone(),
                d.source(),
                null,
                d.summaryOnly());
    }

    private static String grouped(int count) {
        return String.format(java.util.Locale.UK, "%,d", count);
    }
}
