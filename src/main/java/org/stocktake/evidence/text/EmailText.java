package org.stocktake.evidence.text;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.StringJoiner;
import org.stocktake.shared.task.Progress;

/**
 * An email (.eml): its body as one page (the plain-text version where there is one, else the HTML one as text), its
 * From, To, Subject and Date as facts, and its attached files.
 */
final class EmailText {

    /** Mail nests parts a few levels deep; a message nesting hundreds is made to break readers. */
    private static final int DEEPEST = 20;

    private EmailText() {}

    static ExtractedText read(Content content, String fileName, Progress progress) throws IOException {
        progress.message("Reading the email");
        try (LocalCopy copy = LocalCopy.of(content, ".eml", progress);
                // Parts are read from the file where they lie, not copied into memory first.
                SharedFileInputStream in = new SharedFileInputStream(copy.file().toFile())) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            Body body = new Body(progress);
            body.take(message, 0, false);
            progress.update(1, 1);
            return new ExtractedText(FileType.EMAIL, List.of(body.text()), facts(message), body.attachments, false);
        } catch (MessagingException e) {
            throw new IOException("The email could not be parsed.", e);
        }
    }

    private static FileFacts facts(MimeMessage message) throws MessagingException {
        String subject = FileFacts.orNull(message.getSubject());
        return new FileFacts(
                subject,
                null,
                addresses(message.getFrom(), 1),
                addresses(message.getRecipients(MimeMessage.RecipientType.TO), Integer.MAX_VALUE),
                subject,
                day(message));
    }

    private static LocalDate day(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? null : LocalDate.ofInstant(sent.toInstant(), ZoneId.systemDefault());
        } catch (MessagingException e) {
            return null; // a Date header that is not a date
        }
    }

    private static String addresses(Address[] addresses, int most) {
        if (addresses == null || addresses.length == 0) {
            return null;
        }
        StringJoiner joined = new StringJoiner(", ");
        for (int i = 0; i < addresses.length && i < most; i++) {
            Address address = addresses[i];
            joined.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
        }
        return FileFacts.orNull(joined.toString());
    }

    /** Walks the message's parts, keeping the readable text and the attached files. */
    private static final class Body {
        private final Progress progress;
        private final StringBuilder text = new StringBuilder();
        private final List<Attachment> attachments = new ArrayList<>();

        Body(Progress progress) {
            this.progress = progress;
        }

        String text() {
            return text.toString().strip();
        }

        void take(Part part, int depth, boolean related) throws MessagingException, IOException {
            Cancellation.checkpoint(progress);
            if (depth > DEEPEST) {
                throw new IOException("The email's parts are nested too deeply.");
            }
            if (isAttachment(part, related)) {
                attachments.add(new Attachment(fileName(part), bytes(part)));
            } else if (part.isMimeType("multipart/alternative")) {
                Part best = preferred((Multipart) part.getContent());
                if (best != null) {
                    take(best, depth + 1, related);
                }
            } else if (part.isMimeType("multipart/*")) {
                Multipart parts = (Multipart) part.getContent();
                boolean inside = part.isMimeType("multipart/related");
                for (int i = 0; i < parts.getCount(); i++) {
                    take(parts.getBodyPart(i), depth + 1, inside);
                }
            } else if (part.isMimeType("text/plain")) {
                add(string(part));
            } else if (part.isMimeType("text/html")) {
                add(HtmlText.of(string(part)));
            } else if (!related && part.isMimeType("message/rfc822")) {
                attachments.add(new Attachment(fileName(part), bytes(part)));
            }
            // Anything else that is not attached (an inline logo, a calendar blob) carries no words to keep.
        }

        private void add(String words) {
            if (!words.isBlank()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(words.strip());
            }
        }

        private static Part preferred(Multipart alternatives) throws MessagingException {
            Part html = null;
            Part other = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                Part candidate = alternatives.getBodyPart(i);
                if (candidate.isMimeType("text/plain")) {
                    return candidate;
                }
                if (candidate.isMimeType("text/html")) {
                    html = candidate;
                } else if (other == null && candidate.isMimeType("multipart/*")) {
                    other = candidate;
                }
            }
            return html != null ? html : other;
        }

        private static boolean isAttachment(Part part, boolean related) throws MessagingException {
            String disposition = part.getDisposition();
            if (Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
                return true;
            }
            // A named file with no disposition is attached, save pictures inside an HTML body (logos, signatures).
            return disposition == null
                    && !related
                    && part.getFileName() != null
                    && !part.isMimeType("text/plain")
                    && !part.isMimeType("text/html")
                    && !part.isMimeType("multipart/*");
        }
    }

    private static String string(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (UnsupportedEncodingException e) {
            // A character set this Java does not know: read it as UTF-8, which keeps what it can.
        }
        return new String(bytes(part), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The attached file's own name, decoded, without any folder part and never blank. */
    static String fileName(Part part) throws MessagingException {
        String name = null;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            // A malformed header: fall back below.
        }
        if (name != null && name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                // Keep the name as it came.
            }
        }
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            name = name.codePoints()
                    .filter(c -> !Character.isISOControl(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString()
                    .strip();
        }
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")) {
            if (part.isMimeType("message/rfc822")) {
                return "forwarded message.eml";
            }
            return "attachment" + extensionFor(part);
        }
        return name;
    }

    private static String extensionFor(Part part) throws MessagingException {
        String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
        for (FileType kind : FileType.values()) {
            if (type.startsWith(kind.mediaType())) {
                return switch (kind) {
                    case PDF -> ".pdf";
                    case DOCX -> ".docx";
                    case ODT -> ".odt";
                    case TEXT -> ".txt";
                    case MARKDOWN -> ".md";
                    case EMAIL -> ".eml";
                    case PNG -> ".png";
                    case JPEG -> ".jpg";
                    case TIFF -> ".tif";
                };
            }
        }
        return "";
    }
}
