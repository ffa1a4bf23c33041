package org.stocktake.evidence.ui;

import java.io.InputStream;
import java.util.function.Supplier;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.text.FileType;
import org.stocktake.evidence.text.PdfPages;
import org.stocktake.evidence.text.PdfWordBoxes;
import org.stocktake.evidence.text.PicturePages;
import org.stocktake.evidence.text.ShownPages;
import org.stocktake.evidence.text.WordBoxes;

/**
 * A document opened to be shown as pages: its pages to draw, the words on them to mark, the key its words are kept
 * under between finds (its contents' digest), and what limits the marks, in a sentence ("" when nothing does).
 */
record PageSource(ShownPages pages, WordBoxes words, String key, String limits) {

    static final String NEEDS_OCR =
            "Find cannot mark words on this picture: install tesseract (text recognition) to have them marked.";
    static final String FIRST_PAGE_ONLY =
            "Only the first page of this TIFF can be shown; its other pages cannot be read.";

    /**
     * Opens {@code item}, a PDF or a picture, from its bytes as added; blocks, so not on the FX thread.
     *
     * @throws org.stocktake.evidence.text.UnreadableFileException if it cannot be shown as pages
     */
    static PageSource open(EvidenceItem item, Supplier<InputStream> original) throws java.io.IOException {
        FileType type = FileType.ofMediaType(item.mediaType()).orElse(FileType.PDF);
        if (type.isImage()) {
            PicturePages picture;
            try (InputStream in = original.get()) {
                picture = PicturePages.open(in, type, item.fileName());
            }
            String limits = picture.wantsRecognition() ? NEEDS_OCR : "";
            if (picture.firstPageOnly()) {
                limits = (FIRST_PAGE_ONLY + " " + limits).strip();
            }
            return new PageSource(picture, picture, item.sha256(), limits);
        }
        PdfPages drawn;
        try (InputStream in = original.get()) {
            drawn = PdfPages.open(in, item.fileName());
        }
        try (InputStream in = original.get()) {
            return new PageSource(drawn, PdfWordBoxes.open(in, item.fileName()), item.sha256(), "");
        } catch (RuntimeException e) {
            drawn.close();
            throw e;
        }
    }

    void close() {
        pages.close();
        words.close();
    }
}
