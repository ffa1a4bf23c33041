package org.stocktake.letters.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stocktake.letters.SampleLetters;
import org.stocktake.letters.document.Block;

/**
 * Letters whose page breaks fall at every line of a paragraph in turn (an opening paragraph a word longer each time),
 * read back page by page.
 */
class PageBreakTest {
    private static final int SHIFTS = 16;

    @Test
    void noParagraphLeavesASingleLineAtTheFootOrTheHeadOfAPage() {
        int split = 0;
        for (int shift = 0; shift < SHIFTS; shift++) {
            List<Block> body = new ArrayList<>();
            body.add(SampleLetters.paragraph("start ".repeat(1 + shift * 8)));
            for (int p = 1; p <= 14; p++) {
                body.add(SampleLetters.paragraph(("q" + p + " ").repeat(110 + (p % 5) * 45)));
            }
            List<String> pages = TypesetPdfs.pages(
                    TypesetPdfs.typeset(SampleLetters.withBody(body)).pdf());
            for (int page = 0; page + 1 < pages.size(); page++) {
                Map<String, Integer> foot = paragraphLines(pages.get(page));
                Map<String, Integer> head = paragraphLines(pages.get(page + 1));
                String last = foot.isEmpty() ? null : new ArrayList<>(foot.keySet()).get(foot.size() - 1);
                String first = head.isEmpty() ? null : head.keySet().iterator().next();
                if (last != null && last.equals(first)) {
                    split++;
                    assertThat(foot.get(last))
                            .as("lines of %s at the foot, shift %d", last, shift)
                            .isGreaterThan(1);
                    assertThat(head.get(first))
                            .as("lines of %s at the head, shift %d", first, shift)
                            .isGreaterThan(1);
                }
            }
        }
        assertThat(split).as("paragraphs broken across pages").isGreaterThan(SHIFTS / 2);
    }

    @Test
    void aHeadingIsNeverTheLastLineOfAPageAndHasTwoLinesUnderIt() {
        int checked = 0;
        for (int shift = 0; shift < SHIFTS; shift++) {
            List<Block> body = new ArrayList<>();
            body.add(SampleLetters.paragraph("start ".repeat(1 + shift * 8)));
            for (int p = 1; p <= 12; p++) {
                body.add(SampleLetters.heading("Heading " + p));
                body.add(SampleLetters.paragraph(("q" + p + " ").repeat(100 + (p % 4) * 40)));
            }
            List<String> pages = TypesetPdfs.pages(
                    TypesetPdfs.typeset(SampleLetters.withBody(body)).pdf());
            for (String page : pages) {
                List<String> lines = bodyLines(page);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("Heading ")) {
                        checked++;
                        assertThat(i + 2)
                                .as("lines after %s, shift %d", lines.get(i), shift)
                                .isLessThan(lines.size());
                        assertThat(lines.get(i + 2)).startsWith("q");
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(SHIFTS * 12);
    }

    @Test
    void theClosingStaysOnThePageOfTheSignaturesWithTheLastLinesOfTheBody() {
        for (int shift = 0; shift < SHIFTS; shift++) {
            List<Block> body = new ArrayList<>();
            body.add(SampleLetters.paragraph("start ".repeat(1 + shift * 12)));
            for (int p = 1; p <= 6; p++) {
                body.add(SampleLetters.paragraph(("q" + p + " ").repeat(90)));
            }
            for (String page : TypesetPdfs.pages(
                    TypesetPdfs.typeset(SampleLetters.withBody(body)).pdf())) {
                assertThat(page.contains("Yours sincerely"))
                        .as("shift %d", shift)
                        .isEqualTo(page.contains("J R A Crabtree"));
                if (page.contains("Yours sincerely")) {
                    assertThat(paragraphLines(page)).as("shift %d", shift).containsKey("q6");
                }
            }
        }
    }

    /** How many lines each paragraph ("q7 q7 q7...") has on the page, in page order. */
    private static Map<String, Integer> paragraphLines(String page) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String line : page.split("\\R")) {
            if (line.startsWith("q")) {
                lines.merge(line.split(" ")[0], 1, Integer::sum);
            }
        }
        return lines;
    }

    /** The page's lines without the running head and the page number. */
    private static List<String> bodyLines(String page) {
        List<String> lines = new ArrayList<>();
        for (String line : page.split("\\R")) {
            if (!line.isBlank() && !line.startsWith("Page ") && !line.startsWith("Birmingham Independent")) {
                lines.add(line);
            }
        }
        return lines;
    }
}
