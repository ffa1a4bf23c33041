package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Whether a page's content streams are damaged. PDFBox reads a page whose content cannot be decoded as a blank page
 * and only logs it; this tells such a page from one that is blank on purpose.
 */
final class ContentStreams {

    private static final int BUFFER = 8192;

    private ContentStreams() {}

    /** True when one of the page's content streams cannot be decoded: a filter fails, or its deflated bytes are not. */
    static boolean damaged(PDPage page) {
        try {
            Iterator<PDStream> streams = page.getContentStreams();
            while (streams.hasNext()) {
                COSStream stream = streams.next().getCOSObject();
                if (!decodes(stream) || !inflates(stream)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static boolean decodes(COSStream stream) {
        try (InputStream decoded = stream.createInputStream()) {
            decoded.transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * PDFBox gives up quietly on deflated bytes that do not inflate, so a stream whose only filter is FlateDecode is
     * inflated here too: with the zlib header, or (as some writers leave it out) without.
     */
    private static boolean inflates(COSStream stream) throws IOException {
        COSBase filter = stream.getFilters();
        if (filter instanceof COSArray filters && filters.size() == 1) {
            filter = filters.getObject(0);
        }
        if (!COSName.FLATE_DECODE.equals(filter) && !COSName.FLATE_DECODE_ABBREVIATION.equals(filter)) {
            return true;
        }
        byte[] raw;
        try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
        }
        return raw.length == 0 || inflates(raw, false) || inflates(raw, true);
    }

    private static boolean inflates(byte[] raw, boolean withoutHeader) {
        Inflater inflater = new Inflater(withoutHeader);
        try {
            inflater.setInput(raw);
            byte[] out = new byte[BUFFER];
            while (!inflater.finished()) {
                if (inflater.inflate(out) == 0) {
                    // Cut short, what there was inflated (all PDFBox asks of it too); a preset dictionary is not PDF.
                    return !inflater.needsDictionary();
                }
            }
            return true;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }
}
