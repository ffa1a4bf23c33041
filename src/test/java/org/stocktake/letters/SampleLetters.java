package org.stocktake.letters;

import java.util.List;
import org.stocktake.demo.DemoLetters;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Letterhead;
import org.stocktake.letters.document.Run;

/** The panel's own letters as documents, for tests: the demo's letters, whose text is the seeds'. */
public final class SampleLetters {
    public static final Letterhead LETTERHEAD = DemoLetters.LETTERHEAD;

    private SampleLetters() {}

    public static LetterDocument assessment() {
        return DemoLetters.assessment();
    }

    public static LetterDocument joint() {
        return DemoLetters.joint();
    }

    public static LetterDocument pressRelease() {
        return DemoLetters.pressRelease();
    }

    public static Block.Paragraph paragraph(String text) {
        return DemoLetters.paragraph(text);
    }

    public static Block.Paragraph paragraph(Run... runs) {
        return DemoLetters.paragraph(runs);
    }

    public static Block.Heading heading(String text) {
        return DemoLetters.heading(text);
    }

    public static Block.Quotation quotation(String text) {
        return DemoLetters.quotation(text);
    }

    public static LetterDocument withBody(List<Block> body) {
        return DemoLetters.withBody(body);
    }
}
