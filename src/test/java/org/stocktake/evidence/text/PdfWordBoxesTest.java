package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;
import org.stocktake.evidence.text.PdfWordBoxes.Word;

/**
 * Where a PDF's words are drawn. The sample PDF sets 12-point text from 72 points in, with its first baseline 82
 * points below the top of an A4 page (595 by 842 points) and each further line 16 points lower.
 */
class PdfWordBoxesTest {

    private static final byte[] TWO_PAGES =
            SampleFiles.pdf("Budget for the year\nSecond line", "Savings and budget cuts\nThe budget holds");

    @Test
    void eachPageGivesItsOwnWordsInReadingOrderWithTheirBoxesInPageUnits() {
        try (PdfWordBoxes pdf = PdfWordBoxes.open(new ByteArrayInputStream(TWO_PAGES), "two.pdf")) {
            assertThat(pdf.count()).isEqualTo(2);
            assertThat(pdf.sizes()).hasSize(2).allSatisfy(size -> {
                assertThat(size.width()).isCloseTo(595, within(1f));
                assertThat(size.height()).isCloseTo(842, within(1f));
            });
            PageWords second = pdf.page(2);

            assertThat(second.width()).isCloseTo(595, within(1f));
            assertThat(second.height()).isCloseTo(842, within(1f));
            assertThat(second.words())
                    .extracting(Word::text)
                    .containsExactly("Savings", "and", "budget", "cuts", "The", "budget", "holds");
            assertThat(second.text()).isEqualTo("Savings and budget cuts\nThe budget holds");

            Box savings = second.words().get(0).box();
            assertThat(savings.x()).isCloseTo(72, within(1f));
            assertThat(savings.y()).as("the top lies above the baseline").isBetween(66f, 80f);
            assertThat(savings.y() + savings.height())
                    .as("the bottom lies below it")
                    .isBetween(82f, 90f);
            float previousRight = 0;
            for (Word word : second.words().subList(0, 4)) {
                assertThat(word.box().x())
                        .as(word.text() + " lies right of the word before")
                        .isGreaterThan(previousRight);
                assertThat(word.box().y()).isCloseTo(savings.y(), within(0.5f));
                previousRight = word.box().x() + word.box().width();
            }
            assertThat(previousRight).isLessThan(595);
            assertThat(second.words().get(4).box().y())
                    .as("the second line is one leading lower")
                    .isCloseTo(savings.y() + 16, within(0.5f));
            assertThat(pdf.page(1).words()).extracting(Word::text).startsWith("Budget", "for", "the", "year");
        }
    }

    @Test
    void aStretchOfThePageTextTurnsBackIntoABoxPerLine() {
        try (PdfWordBoxes pdf = PdfWordBoxes.open(new ByteArrayInputStream(TWO_PAGES), "two.pdf")) {
            PageWords page = pdf.page(2);
            Word budget = page.words().get(2);
            int at = page.text().indexOf("budget");
            assertThat(at).isEqualTo(budget.start());

            List<Box> one = page.boxes(at, at + "budget".length());
            assertThat(one).containsExactly(budget.box());

            List<Box> part = page.boxes(at, at + 3);
            assertThat(part).hasSize(1);
            assertThat(part.get(0).x()).isCloseTo(budget.box().x(), within(0.01f));
            assertThat(part.get(0).width())
                    .isBetween(budget.box().width() * 0.3f, budget.box().width() * 0.7f);

            int cuts = page.text().indexOf("cuts");
            List<Box> across = page.boxes(cuts, page.text().indexOf("budget holds"));
            assertThat(across)
                    .as("a stretch over a line break is marked on both lines")
                    .hasSize(2);
            assertThat(across.get(1).y()).isGreaterThan(across.get(0).y());
        }
    }

    @Test
    void aPageThatIsNotThereGetsASentence() {
        try (PdfWordBoxes pdf = PdfWordBoxes.open(new ByteArrayInputStream(TWO_PAGES), "two.pdf")) {
            assertThatThrownBy(() -> pdf.page(3)).hasMessage("'two.pdf' has no page 3.");
        }
        assertThatThrownBy(() -> PdfWordBoxes.open(new ByteArrayInputStream("not a pdf".getBytes()), "fake.pdf"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("'fake.pdf' cannot be read");
    }
}
