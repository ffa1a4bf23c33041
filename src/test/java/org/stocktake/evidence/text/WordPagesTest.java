package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.stocktake.shared.task.Progress;

/** A Word document is cut into pages where the file says a page starts, and only there. */
class WordPagesTest {

    private final TextExtractor extractor = new TextExtractor(Ocr.none());

    private ExtractedText read(byte[] docx) {
        return extractor.extract(Content.of(docx), "plan.docx", Progress.NONE);
    }

    @Test
    void explicitPageBreaksParagraphsThatStartAPageAndNewPageSectionsStartPages() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun first = document.createParagraph().createRun();
            first.setText("The budget gap");
            first.addBreak(BreakType.PAGE);
            text(document, "Housing repairs");
            XWPFParagraph schools = document.createParagraph();
            schools.setPageBreak(true);
            schools.createRun().setText("Schools");
            endOfSection(text(document, "End of part one"));
            text(document, "Part two");
            endOfSection(text(document, "Still part two"));
            text(document, "Part three, on the same page: its section is continuous");
            document.getDocument().getBody().addNewSectPr().addNewType().setVal(STSectionMark.CONTINUOUS);

            assertThat(read(bytes(document)).pages())
                    .containsExactly(
                            "The budget gap",
                            "Housing repairs",
                            "Schools\nEnd of part one",
                            "Part two\nStill part two\nPart three, on the same page: its section is continuous");
        }
    }

    @Test
    void wordsLastLaidOutPagesStartPagesAndRecordNoBreakTwice() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            text(document, "Page one words");
            laidOutFrom(document.createParagraph(), "Page two words");
            XWPFRun more = document.createParagraph().createRun();
            more.setText("more on two");
            more.addBreak(BreakType.PAGE);
            // Word marks the first run after an explicit break too: that is the same page, not another.
            laidOutFrom(document.createParagraph(), "Page three words");
            XWPFParagraph across = document.createParagraph();
            across.createRun().setText("a sentence that runs ");
            laidOutFrom(across, "onto page four");

            ExtractedText text = read(bytes(document));

            assertThat(text.pages())
                    .containsExactly(
                            "Page one words",
                            "Page two words\nmore on two",
                            "Page three words\na sentence that runs",
                            "onto page four");
        }
    }

    @Test
    void aPageOfOnlyAPictureIsAPageOfItsOwn() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun first = document.createParagraph().createRun();
            first.setText("Before the map");
            first.addBreak(BreakType.PAGE);
            byte[] png = SampleFiles.png("Ward map");
            document.createParagraph()
                    .createRun()
                    .addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "map.png", 400_000, 300_000);
            laidOutFrom(document.createParagraph(), "After the map");

            assertThat(read(bytes(document)).pages()).containsExactly("Before the map", "", "After the map");
        }
    }

    @Test
    void aDocumentThatSaysNothingOfPagesIsOnePage() {
        ExtractedText text = read(SampleFiles.docx("The improvement plan", "Progress so far"));

        assertThat(text.pages()).containsExactly("The improvement plan\nProgress so far");
    }

    private static XWPFParagraph text(XWPFDocument document, String words) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(words);
        return paragraph;
    }

    /** A run Word laid out as the first on a new page. */
    private static void laidOutFrom(XWPFParagraph paragraph, String words) {
        XWPFRun run = paragraph.createRun();
        run.getCTR().addNewLastRenderedPageBreak();
        run.setText(words);
    }

    /** Ends a section at {@code paragraph}; the section after it starts on a new page unless it says otherwise. */
    private static void endOfSection(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().isSetPPr()
                ? paragraph.getCTP().getPPr()
                : paragraph.getCTP().addNewPPr();
        properties.addNewSectPr();
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
