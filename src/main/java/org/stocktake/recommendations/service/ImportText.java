package org.stocktake.recommendations.service;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text of an import file, or the one problem that stops its bytes being read as text. */
record ImportText(String text, ImportProblem problem) {

    private static final String SAVE_AS_UTF8 = " Save it as UTF-8 and import again.";

    /**
     * Decodes strict UTF-8, dropping a byte-order mark. A wrong byte is reported rather than replaced, because a
     * silently mangled name or date would be imported as if it were right.
     */
    static ImportText decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            // Excel's "Unicode text" is UTF-16; telling the user beats guessing at its tab-separated layout.
            return failed(ImportProblem.inFile("The file is UTF-16 text, not UTF-8." + SAVE_AS_UTF8));
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() && endsPartWayThroughACharacter(bytes, in.position())) {
            int line = lineOf(bytes, in.position());
            return failed(new ImportProblem(
                    line,
                    null,
                    "The file ends part-way through a character on line " + line
                            + ", so it was probably cut short. Copy or save it again, then import it."));
        }
        if (result.isError()) {
            int line = lineOf(bytes, in.position());
            return failed(new ImportProblem(
                    line,
                    null,
                    "The file is not UTF-8 text (line " + line + " has a byte that is not valid UTF-8)."
                            + SAVE_AS_UTF8));
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // NUL is valid UTF-8 but never in a text file; it is the mark of UTF-16 saved without a byte-order mark.
            int line = lineOf(bytes, start + text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length);
            return failed(new ImportProblem(
                    line,
                    null,
                    "The file is not UTF-8 text (line " + line + " has a zero byte; it may be UTF-16)."
                            + SAVE_AS_UTF8));
        }
        return new ImportText(text, null);
    }

    /**
     * Whether the bytes from {@code offset} to the end are the start of one multi-byte character and nothing more:
     * the mark of a file cut off while it was copied or downloaded, rather than one in another encoding.
     */
    private static boolean endsPartWayThroughACharacter(byte[] bytes, int offset) {
        int remaining = bytes.length - offset;
        if (remaining < 1 || remaining > 3) {
            return false;
        }
        int lead = bytes[offset] & 0xFF;
        int length = lead >= 0xF0 && lead <= 0xF4
                ? 4
                : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
        if (remaining >= length) {
            return false;
        }
        for (int i = offset + 1; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static ImportText failed(ImportProblem problem) {
        return new ImportText(null, problem);
    }

    /** The physical line of the byte at {@code offset}; CR, LF and CR LF each end a line. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
