package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.evidence.service.Annotation;
import org.stocktake.evidence.service.DatePrecision;
import org.stocktake.evidence.service.EvidenceDraft;
import org.stocktake.evidence.service.EvidenceGroup;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.evidence.service.NewEvidence;
import org.stocktake.evidence.service.Party;
import org.stocktake.evidence.service.TextStatus;
import org.stocktake.letters.document.Citation;
import org.stocktake.letters.document.DocumentKind;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.shared.NotFoundException;

/** Citations of the library's documents and notes, as an annex lists them. */
class EvidenceCitationsTest {

    private static final String PAGE_FOUR = "The report sets out the activities and positive progress made so far.";

    @TempDir
    Path temp;

    private DraftingFixture demo;

    @BeforeEach
    void open() {
        demo = new DraftingFixture(temp);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void aDocumentIsCitedByWhoItIsFromItsTitleAndItsDate() {
        EvidenceItem report =
                add("a", "Progress report", LocalDate.of(2015, 12, 7), DatePrecision.DAY, "Birmingham City Council");

        Cited cited = demo.drafting.cite(report.id(), null);

        assertThat(cited.citation().description())
                .isEqualTo("Birmingham City Council, Progress report, 7 December 2015");
        assertThat(cited.citation().evidence()).isEqualTo(report.uuid());
        assertThat(cited.citation().annotation()).isNull();
        assertThat(cited.mark().isCitation()).isTrue();
        assertThat(cited.mark().citation()).isEqualTo(cited.citation().key());
        assertThat(demo.drafting.cite(report.id(), null).citation().key())
                .isEqualTo(cited.citation().key());
    }

    @Test
    void aDateKnownOnlyToTheMonthIsGivenAsTheMonth() {
        EvidenceItem release = add("b", "Press release", LocalDate.of(2016, 3, 1), DatePrecision.MONTH, "The Panel");

        assertThat(demo.drafting.cite(release.id(), null).citation().description())
                .isEqualTo("The Panel, Press release, March 2016");
    }

    @Test
    void aNoteIsCitedWithItsPageAndTheWordsHighlighted() {
        EvidenceItem report =
                add("c", "Progress report", LocalDate.of(2015, 12, 7), DatePrecision.DAY, "Birmingham City Council");
        int start = PAGE_FOUR.indexOf("positive progress");
        Annotation note =
                demo.context.annotations().add(report.id(), 4, start, start + "positive progress".length(), "Good");

        Cited cited = demo.drafting.cite(report.id(), note.id());

        assertThat(cited.citation().description())
                .isEqualTo("Birmingham City Council, Progress report, 7 December 2015, page 4: 'positive progress'");
        assertThat(cited.citation().annotation()).isEqualTo(note.uuid());
        assertThat(cited.citation().key())
                .isNotEqualTo(demo.drafting.cite(report.id(), null).citation().key());
    }

    @Test
    void aDocumentWithNoDateNorSenderIsCitedByWhatIsKnown() {
        EvidenceItem scan = add("d", null, null, null);

        assertThat(demo.drafting.cite(scan.id(), null).citation().description()).isEqualTo("scan-d.txt, undated");
    }

    @Test
    void aDocumentNoLongerThereIsOnePlainSentence() {
        assertThatThrownBy(() -> demo.drafting.cite(987_654L, null))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("That document is no longer in the library, so it cannot be cited.");
    }

    @Test
    void aDeletedNoteIsOnePlainSentenceAndTheLetterIsToldOfIt() {
        EvidenceItem report =
                add("e", "Progress report", LocalDate.of(2015, 12, 7), DatePrecision.DAY, "Birmingham City Council");
        Annotation note = demo.context.annotations().add(report.id(), 4, 0, 10, "");
        Citation cited = demo.drafting.cite(report.id(), note.id()).citation();
        Citation gone = new Citation("gone", UUID.randomUUID(), null, "Somebody, A lost letter, 1 May 2016");
        LetterDocument letter = letter(List.of(cited, gone));

        demo.context.annotations().delete(note.id());

        assertThatThrownBy(() -> demo.drafting.cite(report.id(), note.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("That note is no longer on the document; cite the document itself or another note.");
        assertThat(demo.drafting.goneCitations(letter))
                .containsExactly(
                        "The note cited as \u201cBirmingham City Council, Progress report, 7 December 2015, page 4:"
                                + " 'The report'\u201d is no longer on its document; cite the document itself or"
                                + " another note.",
                        "The document cited as \u201cSomebody, A lost letter, 1 May 2016\u201d is no longer in the"
                                + " library; remove the citation or cite another document.");
    }

    @Test
    void aLongPassageIsCutAtAWord() {
        String words =
                "one two three four five six seven eight nine ten ".repeat(4).strip();
        EvidenceItem item = add("f", "Minutes", null, null, "The Panel");
        // The page holds the long passage: replace the text the helper gave it.
        demo.context.evidence().recordText(item.id(), List.of(words), TextStatus.EXTRACTED, null);
        Annotation note = demo.context.annotations().add(item.id(), 1, 0, words.length(), "");

        assertThat(demo.drafting.cite(item.id(), note.id()).citation().description())
                .endsWith("page 1: '"
                        + "one two three four five six seven eight nine ten "
                                .repeat(3)
                                .strip() + " \u2026'");
    }

    private EvidenceItem add(String tag, String title, LocalDate dated, DatePrecision precision, String... from) {
        EvidenceDraft fields = new EvidenceDraft(
                title,
                dated,
                precision,
                EvidenceKind.REPORT,
                List.of(from).stream().map(Party::named).toList(),
                List.of(),
                null,
                null,
                List.of(),
                null,
                null);
        NewEvidence item = new NewEvidence(
                tag.repeat(64),
                100,
                "text/plain",
                "scan-" + tag + ".txt",
                fields,
                Set.of(),
                TextStatus.EXTRACTED,
                null,
                List.of("Page one.", "Page two.", "Page three.", PAGE_FOUR),
                null);
        return demo.context
                .evidence()
                .add(List.of(new EvidenceGroup(item, List.of())))
                .get(0);
    }

    private static LetterDocument letter(List<Citation> citations) {
        return new LetterDocument(
                DocumentKind.LETTER,
                null,
                null,
                LocalDate.of(2016, 3, 20),
                null,
                null,
                null,
                "Dear Secretary of" + " State,",
                null,
                List.of(),
                "Yours sincerely",
                List.of(),
                citations,
                true,
                null,
                List.of());
    }
}
