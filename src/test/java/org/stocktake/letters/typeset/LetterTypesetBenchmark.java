package org.stocktake.letters.typeset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.stocktake.letters.SampleLetters;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;

/**
 * Typesets a three-page letter warm, again and again, beside bare PDFBox writing the same words in the same font with
 * a plain line loop, and prints both medians and their ratio: what the layout, the PDF/A parts and the signature
 * fields cost over the least a PDF of that text costs. Run by hand: {@code java -cp ... LetterTypesetBenchmark [runs]}.
 */
public final class LetterTypesetBenchmark {
    private static final int WARM_UP = 30;

    private LetterTypesetBenchmark() {}

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        LetterDocument letter = threePages();
        LetterTypesetter typesetter = new LetterTypesetter();
        int pages = typesetter.typeset(letter, TypesetPdfs.DETAILS).pageCount();
        List<String> paragraphs = letter.body().stream().map(Block::plainText).toList();

        for (int i = 0; i < WARM_UP; i++) {
            typesetter.typeset(letter, TypesetPdfs.DETAILS);
            bare(paragraphs);
        }
        long[] typeset = new long[runs];
        long[] bare = new long[runs];
        int barePages = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            typesetter.typeset(letter, TypesetPdfs.DETAILS);
            typeset[i] = System.nanoTime() - start;
            start = System.nanoTime();
            barePages = bare(paragraphs);
            bare[i] = System.nanoTime() - start;
        }
        double typesetMs = median(typeset);
        double bareMs = median(bare);
        System.out.printf(
                "letter of %d pages, %d runs after %d warm-up%n"
                        + "typesetter: median %.1f ms%nbare PDFBox (%d pages): median %.1f ms%nratio %.2f%n",
                pages, runs, WARM_UP, typesetMs, barePages, bareMs, typesetMs / bareMs);
    }

    /** The joint letter with its body once more: three pages. */
    public static LetterDocument threePages() {
        LetterDocument joint = SampleLetters.joint();
        List<Block> body = new ArrayList<>(joint.body());
        body.add(SampleLetters.heading("Further observations"));
        body.addAll(joint.body().subList(0, 5));
        return joint.withBody(body);
    }

    /** The same words in the same font at the same size and measure, a line at a time: the pages it made. */
    private static int bare(List<String> paragraphs) throws IOException {
        return Loader.loadPDF(bareBytes(paragraphs)).getNumberOfPages();
    }

    /** As {@link #bare}, the PDF itself: the floor other benchmarks typeset against. */
    public static byte[] bareBytes(List<String> paragraphs) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream font =
                        LetterTypesetBenchmark.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            PDType0Font serif = PDType0Font.load(document, font, true);
            float size = 12;
            float leading = 15.5f;
            float margin = PageFrame.SIDE;
            float measure = PDRectangle.A4.getWidth() - 2 * margin;
            float spaceWidth = serif.getStringWidth(" ") / 1000 * size;
            PDPageContentStream content = null;
            float y = 0;
            for (String paragraph : paragraphs) {
                StringBuilder line = new StringBuilder();
                float width = 0;
                List<String> lines = new ArrayList<>();
                for (String word : paragraph.split(" ")) {
                    float wordWidth = serif.getStringWidth(word) / 1000 * size;
                    if (line.length() > 0 && width + spaceWidth + wordWidth > measure) {
                        lines.add(line.toString());
                        line.setLength(0);
                        width = 0;
                    }
                    if (line.length() > 0) {
                        line.append(' ');
                        width += spaceWidth;
                    }
                    line.append(word);
                    width += wordWidth;
                }
                lines.add(line.toString());
                for (String text : lines) {
                    if (content == null || y < margin) {
                        if (content != null) {
                            content.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        content.setFont(serif, size);
                        y = PDRectangle.A4.getHeight() - margin;
                    }
                    content.beginText();
                    content.newLineAtOffset(margin, y);
                    content.showText(text);
                    content.endText();
                    y -= leading;
                }
                y -= 10;
            }
            if (content != null) {
                content.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
