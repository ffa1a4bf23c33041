package org.stocktake.signing.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.stocktake.shared.ValidationException;

/**
 * A picture of a handwritten signature, checked before it is kept or drawn: PNG or JPEG, whole, and of a sensible
 * size. The header is read for the size before any pixel is decoded, so a small file claiming a vast picture is refused
 * without the memory it would take.
 *
 * @param format "PNG" or "JPEG"
 */
public record PictureFile(String format, int width, int height) {

    /** A signature's picture needs far less; more is a photograph of something else, or a trap. */
    public static final int MOST_BYTES = 5 * 1024 * 1024;

    public static final int MOST_PIXELS_ACROSS = 4000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * @param name how the user knows the file, for messages
     * @throws ValidationException with one sentence when it is not a whole PNG or JPEG of at most 4000 pixels a side
     */
    public static PictureFile check(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new ValidationException(name + " is empty; give a PNG or JPEG picture of the signature.");
        }
        if (bytes.length > MOST_BYTES) {
            throw new ValidationException(name + " is larger than 5 MB; a picture of a signature needs far less, so"
                    + " give a smaller PNG or JPEG.");
        }
        PictureFile picture;
        if (startsWith(bytes, PNG)) {
            picture = png(bytes, name);
        } else if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            picture = jpeg(bytes, name);
        } else {
            throw new ValidationException(name + " is not a PNG or JPEG picture; give a scan or photograph of the"
                    + " handwritten signature in one of those.");
        }
        if (picture.width() <= 0 || picture.height() <= 0) {
            throw cutShort(name);
        }
        if (picture.width() > MOST_PIXELS_ACROSS || picture.height() > MOST_PIXELS_ACROSS) {
            throw new ValidationException(name + " is " + picture.width() + " by " + picture.height()
                    + " pixels; a picture of a signature may be at most " + MOST_PIXELS_ACROSS
                    + " pixels a side, so give a smaller one.");
        }
        decodes(bytes, name);
        return picture;
    }

    private static PictureFile png(byte[] bytes, String name) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int at = PNG.length;
        int width = -1;
        int height = -1;
        while (true) {
            if (at + 8 > bytes.length) {
                throw cutShort(name);
            }
            long length = buffer.getInt(at) & 0xffffffffL;
            String type = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (at + 12 + length > bytes.length) {
                throw cutShort(name);
            }
            if (type.equals("IHDR") && length >= 8) {
                width = buffer.getInt(at + 8);
                height = buffer.getInt(at + 12);
            }
            if (type.equals("IEND")) {
                return new PictureFile("PNG", width, height);
            }
            at += (int) (12 + length);
        }
    }

    /** Walks the markers to the frame header for the size; the picture must end where JPEG ends one. */
    private static PictureFile jpeg(byte[] bytes, String name) {
        int end = bytes.length;
        if ((bytes[end - 2] & 0xff) != 0xff || (bytes[end - 1] & 0xff) != 0xd9) {
            throw cutShort(name);
        }
        int at = 2;
        while (at + 4 <= end) {
            if ((bytes[at] & 0xff) != 0xff) {
                throw cutShort(name);
            }
            int marker = bytes[at + 1] & 0xff;
            int length = ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame && at + 9 <= end) {
                int height = ((bytes[at + 5] & 0xff) << 8) | (bytes[at + 6] & 0xff);
                int width = ((bytes[at + 7] & 0xff) << 8) | (bytes[at + 8] & 0xff);
                return new PictureFile("JPEG", width, height);
            }
            at += 2 + length;
        }
        throw cutShort(name);
    }

    /** Decoded once, into a document thrown away, so a picture damaged inside fails here rather than when signing. */
    private static void decodes(byte[] bytes, String name) {
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject.createFromByteArray(scratch, bytes, name);
        } catch (IOException | RuntimeException e) {
            throw new ValidationException(
                    name + " is damaged and cannot be drawn; give another PNG or JPEG picture" + " of the signature.");
        }
    }

    private static ValidationException cutShort(String name) {
        return new ValidationException(
                name + " is cut short or damaged; give the whole PNG or JPEG picture of the signature.");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
