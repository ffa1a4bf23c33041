package org.stocktake.evidence.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.shared.task.Progress;

/**
 * Text and Markdown: UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped), else the Windows
 * Western encoding older programs wrote; UTF-16 when it starts with its byte-order mark. A form feed starts a page.
 */
final class PlainText {

    private static final Charset WINDOWS_WESTERN = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;

    private PlainText() {}

    static ExtractedText read(FileType type, Content content, Progress progress) throws IOException {
        progress.message("Reading the text");
        String text;
        try {
            text = decode(content, null, progress);
        } catch (CharacterCodingException e) {
            // Not UTF-8: read it again the older way, which takes any byte.
            text = decode(content, WINDOWS_WESTERN, progress);
        }
        List<String> pages = new ArrayList<>();
        for (String page : text.replace("\r\n", "\n").replace('\r', '\n').split("\f", -1)) {
            pages.add(page.strip());
        }
        while (pages.size() > 1 && pages.get(pages.size() - 1).isEmpty()) {
            pages.remove(pages.size() - 1);
        }
        progress.update(1, 1);
        return new ExtractedText(type, pages, FileFacts.NONE, List.of(), false);
    }

    /** Decodes with {@code charset}, or by the byte-order mark and else strict UTF-8 when it is null. */
    private static String decode(Content content, Charset charset, Progress progress) throws IOException {
        try (PushbackInputStream in = new PushbackInputStream(SourceReadException.open(content), 3)) {
            Charset chosen = charset != null ? charset : byByteOrderMark(in);
            var decoder = chosen.newDecoder()
                    .onMalformedInput(charset == null ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(charset == null ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
            StringBuilder text = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), CHUNK)) {
                char[] chunk = new char[CHUNK];
                int read;
                while ((read = reader.read(chunk)) >= 0) {
                    Cancellation.checkpoint(progress);
                    text.append(chunk, 0, read);
                }
            }
            return text.toString();
        }
    }

    private static Charset byByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] mark = new byte[3];
        int read = in.readNBytes(mark, 0, 3);
        int b0 = read > 0 ? mark[0] & 0xFF : -1;
        int b1 = read > 1 ? mark[1] & 0xFF : -1;
        int b2 = read > 2 ? mark[2] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            in.unread(mark, 2, read - 2);
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            in.unread(mark, 2, read - 2);
            return StandardCharsets.UTF_16BE;
        }
        in.unread(mark, 0, read);
        return StandardCharsets.UTF_8;
    }
}
