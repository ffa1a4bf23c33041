package org.stocktake.signing.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.stocktake.shared.ValidationException;

/**
 * How a visible signature looks: the picture of the handwritten signature, if any, above "Signed by NAME", the date,
 * and a warning when the certificate is self-signed. The font is embedded (a subset of Liberation Sans), so a PDF/A
 * document stays PDF/A once signed.
 */
final class SignatureAppearance {

    private static final String[] FONTS = {
        "/liberation/LiberationSans-Regular.ttf", "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"
    };
    private static final float FONT_SIZE = 8f;
    private static final float LEADING = 10f;
    private static final float PADDING = 2f;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

    private SignatureAppearance() {}

    static PDAppearanceDictionary draw(
            PDDocument document, PDRectangle box, String signer, Instant time, boolean selfSigned, byte[] image)
            throws IOException {
        PDType0Font font = font(document);
        List<String> lines = new ArrayList<>();
        lines.add("Signed by " + signer);
        lines.add(DATE.format(time));
        if (selfSigned) {
            lines.add("self-signed certificate");
        }
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
        stream.setResources(new PDResources());
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            float textHeight = lines.size() * LEADING + PADDING;
            if (image != null) {
                drawImage(document, content, image, box, textHeight);
            }
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.setNonStrokingColor(0f, 0f, 0f);
            content.setLeading(LEADING);
            content.newLineAtOffset(PADDING, textHeight - LEADING + PADDING);
            for (String line : lines) {
                content.showText(fitted(font, printable(font, line), box.getWidth() - 2 * PADDING));
                content.newLine();
            }
            content.endText();
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    private static void drawImage(
            PDDocument document, PDPageContentStream content, byte[] png, PDRectangle box, float textHeight)
            throws IOException {
        PDImageXObject picture;
        try {
            picture = PDImageXObject.createFromByteArray(document, png, "signature.png");
        } catch (IOException | RuntimeException e) {
            throw new ValidationException(
                    "The picture of the signature could not be read; give a PNG image (for example a scan of the"
                            + " handwritten signature).");
        }
        float room = box.getHeight() - textHeight - PADDING;
        if (room <= 0 || picture.getWidth() <= 0 || picture.getHeight() <= 0) {
            return;
        }
        float scale = Math.min((box.getWidth() - 2 * PADDING) / picture.getWidth(), room / (float) picture.getHeight());
        content.drawImage(picture, PADDING, textHeight, picture.getWidth() * scale, picture.getHeight() * scale);
    }

    private static PDType0Font font(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(FontBytes.LIBERATION_SANS), true);
    }

    /** Read once: inflating the font from the jar on every signature cost more than the signature itself. */
    private static final class FontBytes {
        static final byte[] LIBERATION_SANS = read();

        private static byte[] read() {
            for (String name : FONTS) {
                try (InputStream in = SignatureAppearance.class.getResourceAsStream(name)) {
                    if (in != null) {
                        return in.readAllBytes();
                    }
                } catch (IOException e) {
                    // The next copy of the font may be readable.
                }
            }
            throw new IllegalStateException("The font for the signature's appearance is missing from the application");
        }
    }

    /** A name in a script the font lacks is shown with question marks rather than failing the signature. */
    private static String printable(PDType0Font font, String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
            try {
                font.encode(character);
                shown.append(character);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private static String fitted(PDType0Font font, String text, float width) throws IOException {
        String shown = text;
        while (shown.length() > 1 && font.getStringWidth(shown) / 1000 * FONT_SIZE > width) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }
}
