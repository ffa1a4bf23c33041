package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.stocktake.shared.task.Progress;

/**
 * An OpenDocument text's words, read with the JDK alone from {@code content.xml}: paragraphs and headings become
 * lines, and the page breaks the writer last laid out ({@code text:soft-page-break}) split the pages.
 */
final class OdtText {

    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    /** Far more than any real document's text; a bomb stops here. */
    private static final long MOST_XML_BYTES = 128L * 1024 * 1024;

    private static final long MOST_META_BYTES = 1024 * 1024;
    private static final int CANCEL_CHECK_EVERY = 4096;

    private static final Logger LOG = Logger.getLogger(OdtText.class.getName());

    private OdtText() {}

    static ExtractedText read(Content content, String fileName, Progress progress) throws IOException {
        return read(content, fileName, progress, MOST_XML_BYTES);
    }

    static ExtractedText read(Content content, String fileName, Progress progress, long mostXmlBytes)
            throws IOException {
        progress.message("Reading the OpenDocument text");
        try (LocalCopy copy = LocalCopy.of(content, ".odt", progress);
                ZipFile zip = new ZipFile(copy.file().toFile())) {
            if (isEncrypted(zip)) {
                throw UnreadableFileException.passwordProtected(fileName);
            }
            ZipEntry body = zip.getEntry("content.xml");
            if (body == null) {
                throw UnreadableFileException.damaged(fileName, FileType.ODT);
            }
            List<String> pages;
            BoundedStream bodyXml = new BoundedStream(zip.getInputStream(body), mostXmlBytes);
            try (bodyXml) {
                pages = pages(bodyXml, progress);
            } catch (XMLStreamException e) {
                if (bodyXml.exceeded()) {
                    throw new BoundedStream.TooLargeException(); // the parser wrapped it and lost its type
                }
                throw e;
            }
            ZipEntry meta = zip.getEntry("meta.xml");
            FileFacts facts = FileFacts.NONE;
            if (meta != null) {
                try (InputStream in = new BoundedStream(zip.getInputStream(meta), MOST_META_BYTES)) {
                    facts = facts(in);
                } catch (XMLStreamException | IOException e) {
                    // The text stands without them.
                    LOG.log(Level.FINE, "An OpenDocument text's properties could not be read", e);
                }
            }
            progress.update(1, 1);
            return new ExtractedText(FileType.ODT, pages, facts, List.of(), false);
        } catch (XMLStreamException e) {
            throw new IOException("The document's XML is not well formed.", e);
        }
    }

    /** A document saved with a password keeps its parts scrambled and says so in its manifest. */
    private static boolean isEncrypted(ZipFile zip) throws IOException {
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return false;
        }
        try (InputStream in = new BoundedStream(zip.getInputStream(manifest), MOST_META_BYTES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("encryption-data");
        }
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // No document type, no outside entities: the file may come from anyone.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static List<String> pages(InputStream in, Progress progress) throws XMLStreamException {
        XMLStreamReader xml = safeFactory().createXMLStreamReader(in);
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        boolean inBody = false;
        int skipping = 0; // depth inside content that is not text, such as deleted tracked changes
        int events = 0;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (++events % CANCEL_CHECK_EVERY == 0) {
                    Cancellation.checkpoint(progress);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (OFFICE.equals(ns) && name.equals("body")) {
                        inBody = true;
                    } else if (skipping > 0 || (TEXT.equals(ns) && name.equals("tracked-changes"))) {
                        skipping++;
                    } else if (inBody && TEXT.equals(ns)) {
                        startOfText(xml, name, page, pages);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (skipping > 0) {
                        skipping--;
                    } else if (OFFICE.equals(ns) && name.equals("body")) {
                        inBody = false;
                    } else if (inBody && TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
                        page.append('\n');
                    }
                } else if (inBody
                        && skipping == 0
                        && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    page.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
        } finally {
            xml.close();
        }
        pages.add(page.toString().strip());
        return pages;
    }

    private static void startOfText(XMLStreamReader xml, String name, StringBuilder page, List<String> pages) {
        switch (name) {
            case "s":
                String count = xml.getAttributeValue(TEXT, "c");
                page.append(" ".repeat(spaces(count)));
                break;
            case "tab":
                page.append('\t');
                break;
            case "line-break":
                page.append('\n');
                break;
            case "soft-page-break":
                String done = page.toString().strip();
                if (!done.isEmpty()) {
                    pages.add(done);
                    page.setLength(0);
                }
                break;
            default:
                break;
        }
    }

    private static int spaces(String count) {
        if (count == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(Integer.parseInt(count.strip()), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static FileFacts facts(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = safeFactory().createXMLStreamReader(in);
        String title = null;
        String initialCreator = null;
        String creator = null;
        String subject = null;
        String created = null;
        String date = null;
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String key = xml.getNamespaceURI() + " " + xml.getLocalName();
                if (key.equals(DC + " title")) {
                    title = xml.getElementText();
                } else if (key.equals(META + " initial-creator")) {
                    initialCreator = xml.getElementText();
                } else if (key.equals(DC + " creator")) {
                    creator = xml.getElementText();
                } else if (key.equals(DC + " subject")) {
                    subject = xml.getElementText();
                } else if (key.equals(META + " creation-date")) {
                    created = xml.getElementText();
                } else if (key.equals(DC + " date")) {
                    date = xml.getElementText();
                }
            }
        } finally {
            xml.close();
        }
        String author = FileFacts.orNull(initialCreator) != null ? initialCreator : creator;
        return new FileFacts(
                FileFacts.orNull(title),
                FileFacts.orNull(author),
                null,
                null,
                FileFacts.orNull(subject),
                day(created != null ? created : date));
    }

    /** The day of an ISO date-time such as 2015-03-10T09:30:00.12, as written. */
    private static LocalDate day(String value) {
        if (value == null || value.strip().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
