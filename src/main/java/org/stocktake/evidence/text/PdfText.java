package org.stocktake.evidence.text;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.stocktake.shared.task.Progress;

/** A PDF's text page by page; a page that is only a picture (a scan) is recognised, or left to be. */
final class PdfText {

    private static final Logger LOG = Logger.getLogger(PdfText.class.getName());
    /** Fewer letters and digits than this on a page with a picture: a scan, perhaps with a stamped page number. */
    private static final int SCANNED_BELOW = 20;

    private static final int FORM_DEPTH = 3;

    private final Ocr ocr;

    PdfText(Ocr ocr) {
        this.ocr = ocr;
    }

    /**
     * Reads every page; a page that cannot be read (a damaged content stream or font) is kept with no text and named
     * in {@link ExtractedText#unreadablePages()}.
     *
     * @throws UnreadableFileException if the file cannot be opened, or none of its pages can be read
     */
    ExtractedText read(Content content, String fileName, Progress progress) throws IOException {
        try (LocalCopy copy = LocalCopy.of(content, ".pdf", progress);
                PDDocument document = open(copy, fileName)) {
            int pageCount = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("");
            List<String> pages = new ArrayList<>(pageCount);
            List<Integer> unreadable = new ArrayList<>();
            boolean awaitingOcr = false;
            for (int page = 1; page <= pageCount; page++) {
                Cancellation.checkpoint(progress);
                progress.message("Reading page " + page + " of " + pageCount);
                PageRead read;
                try {
                    read = page(document, stripper, page, fileName, progress);
                } catch (IOException | RuntimeException e) {
                    if (e instanceof UnreadableFileException || e instanceof CancellationException) {
                        throw e;
                    }
                    LOG.log(Level.INFO, "Page " + page + " of a PDF could not be read; it is kept without text", e);
                    read = PageRead.DAMAGED;
                }
                if (read.damaged()) {
                    unreadable.add(page);
                }
                awaitingOcr |= read.awaitingOcr();
                pages.add(read.text());
                progress.update(page, pageCount);
            }
            if (pageCount > 0 && unreadable.size() == pageCount) {
                throw UnreadableFileException.damaged(fileName, FileType.PDF);
            }
            return new ExtractedText(FileType.PDF, pages, facts(document), List.of(), awaitingOcr, unreadable);
        }
    }

    /** What one page gave: its text, or none yet (a scan awaiting recognition), or none at all (damaged). */
    private record PageRead(String text, boolean awaitingOcr, boolean damaged) {
        static final PageRead DAMAGED = new PageRead("", false, true);
        static final PageRead AWAITING_OCR = new PageRead("", true, false);

        static PageRead of(String text) {
            return new PageRead(text, false, false);
        }
    }

    private PageRead page(PDDocument document, PDFTextStripper stripper, int page, String fileName, Progress progress)
            throws IOException {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document).strip();
        PDPage pdPage = document.getPage(page - 1);
        if (text.isEmpty() && ContentStreams.damaged(pdPage)) {
            return PageRead.DAMAGED;
        }
        if (isScanned(text, pdPage)) {
            progress.message("Reading the scanned page " + page + " of " + document.getNumberOfPages());
            String recognised = recognise(document, page - 1, fileName, progress);
            return recognised == null ? PageRead.AWAITING_OCR : PageRead.of(recognised);
        }
        return PageRead.of(text);
    }

    private static PDDocument open(LocalCopy copy, String fileName) throws IOException {
        try {
            // An owner password alone (with an empty user password) opens, as every PDF reader opens it.
            return Loader.loadPDF(copy.file().toFile());
        } catch (InvalidPasswordException e) {
            throw UnreadableFileException.passwordProtected(fileName);
        }
    }

    /** The scanned page's text, or null when recognition is not available and the page must wait for it. */
    private String recognise(PDDocument document, int pageIndex, String fileName, Progress progress)
            throws IOException {
        if (!ocr.available()) {
            return null;
        }
        Ocr.Result result = ocr.readPng(PageImages.greyPng(document, pageIndex), progress);
        switch (result.outcome()) {
            case UNAVAILABLE:
                return null;
            case TIMED_OUT:
                throw UnreadableFileException.tooSlowToRecognise(fileName);
            case FAILED:
                LOG.info(() -> "A rendered page of a PDF could not be recognised; it is kept without text");
                return "";
            default:
                return String.join("\n\n", result.pages());
        }
    }

    /** A page of (almost) no text that shows a picture: a scan, whose text only recognition can give. */
    static boolean isScanned(String text, PDPage page) throws IOException {
        long letters = text.codePoints()
                .filter(Character::isLetterOrDigit)
                .limit(SCANNED_BELOW)
                .count();
        return letters < SCANNED_BELOW && hasPicture(page.getResources(), FORM_DEPTH);
    }

    private static boolean hasPicture(PDResources resources, int depth) throws IOException {
        if (resources == null || depth == 0) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                return true;
            }
            if (object instanceof PDFormXObject form && hasPicture(form.getResources(), depth - 1)) {
                return true;
            }
        }
        return false;
    }

    private static FileFacts facts(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        return new FileFacts(
                FileFacts.orNull(info.getTitle()),
                FileFacts.orNull(info.getAuthor()),
                null,
                null,
                FileFacts.orNull(info.getSubject()),
                date(info.getCreationDate()));
    }

    private static LocalDate date(Calendar calendar) {
        // The day as the document wrote it, in its own time zone.
        return calendar == null
                ? null
                : LocalDate.of(
                        calendar.get(Calendar.YEAR),
                        calendar.get(Calendar.MONTH) + 1,
                        calendar.get(Calendar.DAY_OF_MONTH));
    }
}
