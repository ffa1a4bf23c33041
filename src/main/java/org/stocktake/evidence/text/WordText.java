package org.stocktake.evidence.text;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.stocktake.shared.task.Progress;
import org.w3c.dom.Element;

/**
 * A Word document's text page by page. Word keeps no pages, it lays them out anew each time it opens a file; the pages
 * are cut where the file says one starts ({@link WordPageBreaks}), so a document that says nothing is one page.
 */
final class WordText {

    private WordText() {}

    static ExtractedText read(Content content, String fileName, Progress progress) throws IOException {
        progress.message("Reading the Word document");
        try (LocalCopy copy = LocalCopy.of(content, ".docx", progress)) {
            OPCPackage pack = open(copy, fileName);
            try {
                XWPFDocument document = new XWPFDocument(pack);
                Cancellation.checkpoint(progress);
                int breaks = WordPageBreaks.mark(
                        (Element) document.getDocument().getBody().getDomNode());
                String text;
                try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    // Closing the extractor would close the package, which in read-only mode complains in the log.
                    extractor.setCloseFilesystem(false);
                    text = extractor.getText().strip();
                }
                progress.update(1, 1);
                return new ExtractedText(FileType.DOCX, pages(text, breaks), facts(document), List.of(), false);
            } finally {
                // revert(), not close(): the package was opened read-only and must not be written back.
                pack.revert();
            }
        }
    }

    private static List<String> pages(String text, int breaks) {
        if (breaks == 0) {
            return List.of(text);
        }
        return Arrays.stream(text.split(Pattern.quote(WordPageBreaks.MARK), -1))
                .map(String::strip)
                .toList();
    }

    private static OPCPackage open(LocalCopy copy, String fileName) throws IOException {
        try {
            return OPCPackage.open(copy.file().toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw UnreadableFileException.notA(fileName, FileType.DOCX);
        }
    }

    private static FileFacts facts(XWPFDocument document) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        Date created = core.getCreated() != null ? core.getCreated() : core.getModified();
        return new FileFacts(
                FileFacts.orNull(core.getTitle()),
                FileFacts.orNull(core.getCreator()),
                null,
                null,
                FileFacts.orNull(core.getSubject()),
                created == null ? null : LocalDate.ofInstant(created.toInstant(), ZoneId.systemDefault()));
    }
}
