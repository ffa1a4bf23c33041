package org.stocktake.letters.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.shared.ValidationException;

/**
 * How a letter's structure and a template's content are kept: JSON, one document per row. Fields a later version adds
 * are skipped by an older one rather than refused, so a workspace opened by an older copy still shows its letters.
 */
public final class LetterJson {

    /** The most a letter may hold as stored, about 300 pages of text. */
    public static final int MAX_CHARS = 1_000_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    private LetterJson() {}

    /**
     * @throws ValidationException if the letter is too long to keep
     */
    public static String write(LetterDocument letter) {
        return checked(text(letter));
    }

    public static LetterDocument readLetter(String json) {
        return read(json, LetterDocument.class);
    }

    /**
     * @throws ValidationException if the template is too long to keep
     */
    public static String write(TemplateContent template) {
        return checked(text(template));
    }

    public static TemplateContent readTemplate(String json) {
        return read(json, TemplateContent.class);
    }

    /**
     * A template's content as a person wrote it in a file, e.g. one {@code letter template show --json} printed.
     *
     * @throws ValidationException if the text is not a template's content
     */
    public static TemplateContent parseTemplate(String json) {
        try {
            TemplateContent content = MAPPER.readValue(json, TemplateContent.class);
            if (content == null || content.document() == null) {
                throw new ValidationException("The file holds no template: give it a \"document\" as"
                        + " `stocktake letter template show ID --json` prints one.");
            }
            return content;
        } catch (JsonProcessingException e) {
            throw new ValidationException("The file is not a template's content as `stocktake letter template show ID"
                    + " --json` prints it ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ").");
        }
    }

    /** A digest of the letter as stored: the audit trail records it instead of the whole text of every save. */
    public static String digest(String stored) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(stored.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256.", e);
        }
    }

    private static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checked(String json) {
        if (json.length() > MAX_CHARS) {
            throw new ValidationException("The letter is too long to keep: shorten it to under about 300 pages.");
        }
        return json;
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored letter cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
