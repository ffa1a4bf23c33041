package org.stocktake.letters.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The difference between two versions of the panel's letter of 11 January 2016, edited as a drafter would. */
class LetterDiffTest {

    private static final Block SUBJECT_HEADING = new Block.Heading("h1", "Political leadership of the Council", null);
    private static final Block LEADER =
            paragraph("p1", "On 1 December Cllr John Clancy was elected as the new leader of the City Council.");
    private static final Block PACE =
            paragraph("p2", "He has acknowledged that the pace of improvement needs to increase.");
    private static final Block FINANCE_HEADING = new Block.Heading("h2", "Long-term financial strategy", null);
    private static final Block SAVINGS =
            paragraph("p3", "The Council has published a consultation about savings of around £216m over four years.");
    private static final Block NEXT = new Block.Heading("h3", "Next steps", null);

    private static Block paragraph(String id, String text) {
        return new Block.Paragraph(id, List.of(Run.plain(text)), null);
    }

    private static LetterDocument letter(LocalDate date, List<Block> body) {
        return new LetterDocument(
                DocumentKind.LETTER,
                null,
                null,
                date,
                "Sent by email",
                null,
                new Addressee("The Rt Hon Greg Clark MP", "Secretary of State", List.of("2 Marsham Street"), null),
                "Dear Secretary of State,",
                "The Panel's assessment",
                body,
                "Yours sincerely",
                List.of(new Signatory("J R A Crabtree", List.of("Chair"), null, null)),
                List.of(),
                false,
                null,
                List.of());
    }

    private static final LetterDocument OLDER =
            letter(LocalDate.of(2016, 1, 11), List.of(SUBJECT_HEADING, LEADER, PACE, FINANCE_HEADING, SAVINGS, NEXT));

    @Test
    void identicalLettersHaveNoChanges() {
        LetterDiff diff = LetterDiff.between(OLDER, letter(LocalDate.of(2016, 1, 11), OLDER.body()));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.toString()).isEqualTo("No changes.");
    }

    @Test
    void aChangedDateIsAHeaderChange() {
        LetterDiff diff = LetterDiff.between(OLDER, OLDER.withDate(LocalDate.of(2016, 1, 12)));

        assertThat(diff.changes())
                .containsExactly(new LetterDiff.FieldChanged("Date", "11 January 2016", "12 January 2016"));
        assertThat(diff.toString()).isEqualTo("Date changed from \"11 January 2016\" to \"12 January 2016\"");
    }

    @Test
    void theAddresseeAndSignatoriesAreCompared() {
        LetterDocument newer = OLDER.withAddressee(new Addressee(
                        "The Rt Hon Sajid Javid MP", "Secretary of State", List.of("2 Marsham Street"), null))
                .withSignatories(List.of(
                        new Signatory("J R A Crabtree", List.of("Chair"), null, null),
                        new Signatory("Cllr Ian Ward", List.of("Leader of Birmingham City Council"), null, null)));

        assertThat(LetterDiff.between(OLDER, newer).changes())
                .containsExactly(
                        new LetterDiff.FieldChanged(
                                "Addressee",
                                "The Rt Hon Greg Clark MP / Secretary of State / 2 Marsham Street",
                                "The Rt Hon Sajid Javid MP / Secretary of State / 2 Marsham Street"),
                        new LetterDiff.FieldChanged(
                                "Signatories",
                                "J R A Crabtree, Chair",
                                "J R A Crabtree, Chair; Cllr Ian Ward, Leader of Birmingham City Council"));
    }

    @Test
    void anEditedParagraphShowsTheWordsDeletedAndInserted() {
        Block edited = paragraph("p2", "He has acknowledged that the pace of improvement must increase markedly.");

        LetterDiff diff = LetterDiff.between(OLDER, OLDER.withBody(replace(OLDER.body(), 2, edited)));

        assertThat(diff.changes()).hasSize(1);
        LetterDiff.BlockChanged changed =
                (LetterDiff.BlockChanged) diff.changes().get(0);
        assertThat(changed.blockId()).isEqualTo("p2");
        assertThat(changed.words())
                .filteredOn(w -> w.mark() == LetterDiff.Mark.DELETED)
                .extracting(LetterDiff.Word::text)
                .containsExactly("needs", "to", "increase.");
        assertThat(changed.words())
                .filteredOn(w -> w.mark() == LetterDiff.Mark.INSERTED)
                .extracting(LetterDiff.Word::text)
                .containsExactly("must", "increase", "markedly.");
        assertThat(diff.toString())
                .isEqualTo("~ paragraph changed: He has acknowledged that the pace of improvement [-needs to"
                        + " increase.-] {+must increase markedly.+}");
    }

    @Test
    void addedRemovedAndRenamedBlocksAreEachReported() {
        List<Block> body = new ArrayList<>(OLDER.body());
        body.remove(PACE);
        body.set(body.indexOf(FINANCE_HEADING), new Block.Heading("h2", "The budget and the long term", null));
        body.add(body.indexOf(NEXT), paragraph("p4", "The Panel will examine the proposals during the next month."));

        LetterDiff diff = LetterDiff.between(OLDER, OLDER.withBody(body));

        assertThat(diff.changes())
                .hasSize(3)
                .hasExactlyElementsOfTypes(
                        LetterDiff.BlockRemoved.class, LetterDiff.BlockChanged.class, LetterDiff.BlockAdded.class);
        assertThat(diff.toString())
                .isEqualTo(String.join(
                        "\n",
                        "- paragraph removed: \"He has acknowledged that the pace of improvement needs to increase.\"",
                        "~ heading changed: [-Long-term financial strategy-] {+The budget and the long term+}",
                        "+ paragraph added at block 5: \"The Panel will examine the proposals during the next"
                                + " month.\""));
    }

    @Test
    void theLastBlockRemovedIsReportedToo() {
        List<Block> body = new ArrayList<>(OLDER.body());
        body.remove(NEXT);

        assertThat(LetterDiff.between(OLDER, OLDER.withBody(body)).changes())
                .containsExactly(new LetterDiff.BlockRemoved("body", "h3", "heading", "Next steps"));
    }

    @Test
    void aBlockMovedIsReportedOnceWithWhereItWasAndIs() {
        List<Block> body = new ArrayList<>(OLDER.body());
        body.remove(PACE);
        body.add(body.indexOf(NEXT), PACE);

        LetterDiff diff = LetterDiff.between(OLDER, OLDER.withBody(body));

        assertThat(diff.changes())
                .containsExactly(new LetterDiff.BlockMoved(
                        "body",
                        "p2",
                        "paragraph",
                        3,
                        5,
                        "He has acknowledged that the pace of improvement needs to increase."));
    }

    @Test
    void aRefreshedPassageWithTheSameWordsIsNoChangeButARestyledOneIs() {
        Origin origin = new Origin("round-summary", "r", "f", java.time.Instant.EPOCH);
        Block refreshed = new Block.Paragraph("p1", ((Block.Paragraph) LEADER).runs(), origin);
        Block italic = new Block.Paragraph(
                "p1",
                List.of(Run.italic(
                        "On 1 December Cllr John Clancy was elected as the new leader of the City Council.")),
                null);

        assertThat(LetterDiff.between(OLDER, OLDER.withBody(replace(OLDER.body(), 1, refreshed)))
                        .isEmpty())
                .isTrue();
        LetterDiff restyled = LetterDiff.between(OLDER, OLDER.withBody(replace(OLDER.body(), 1, italic)));
        assertThat(restyled.changes()).singleElement().satisfies(c -> assertThat(
                        ((LetterDiff.BlockChanged) c).styleOnly())
                .isTrue());
    }

    @Test
    void aParagraphMadeAQuotationIsAChangeOfKind() {
        Block quoted = new Block.Quotation("p2", ((Block.Paragraph) PACE).runs(), null);

        LetterDiff diff = LetterDiff.between(OLDER, OLDER.withBody(replace(OLDER.body(), 2, quoted)));

        assertThat(diff.toString()).startsWith("~ paragraph made a quotation").contains("He has acknowledged");
    }

    @Test
    void farWordsOfALongChangedBlockAreShortened() {
        String words = "word ".repeat(40);
        Block before = paragraph("p1", words + "old " + words);
        Block after = paragraph("p1", words + "new " + words);
        LetterDocument a = OLDER.withBody(List.of(before));
        LetterDocument b = OLDER.withBody(List.of(after));

        assertThat(LetterDiff.between(a, b).toString())
                .isEqualTo("~ paragraph changed: ... " + "word ".repeat(DiffText.CONTEXT) + "[-old-] {+new+} "
                        + "word ".repeat(DiffText.CONTEXT) + "...");
    }

    @Test
    void citationsAddedOrRedescribedAreListed() {
        Citation report =
                new Citation("c1", java.util.UUID.randomUUID(), null, "Birmingham City Council, Progress report");
        LetterDocument cited = OLDER.withCitations(List.of(report));
        LetterDocument redescribed = OLDER.withCitations(List.of(new Citation(
                "c1", report.evidence(), null, "Birmingham City Council, Progress report, 7 December 2015")));

        assertThat(LetterDiff.between(OLDER, cited).toString())
                .isEqualTo("Citation c1 added: \"Birmingham City Council, Progress report\"");
        assertThat(LetterDiff.between(cited, redescribed).changes())
                .containsExactly(new LetterDiff.FieldChanged(
                        "Citation c1",
                        "Birmingham City Council, Progress report",
                        "Birmingham City Council, Progress report, 7 December 2015"));
    }

    private static List<Block> replace(List<Block> body, int index, Block block) {
        List<Block> copy = new ArrayList<>(body);
        copy.set(index, block);
        return copy;
    }
}
