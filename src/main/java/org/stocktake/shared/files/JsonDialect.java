package org.stocktake.shared.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;

/**
 * The one way Stocktake writes JSON, to a file or to standard output alike: UTF-8 without a byte-order mark, two
 * spaces of indentation with every array element and field on its own line, {@code "name": value}, absent values
 * written as {@code null} (so every object of a list has the same fields), dates and times as ISO 8601 strings, and
 * one line end after the document.
 */
public final class JsonDialect {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private JsonDialect() {}

    /** A mapper with these settings, for building trees ({@code createObjectNode}) to pass to {@link #write}. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes {@code value} (a tree, a list, a map or a record of plain values) and a line end; flushes but does not
     * close {@code out}.
     */
    public static void write(Object value, Writer out) throws IOException {
        WRITER.writeValue(out, value);
        out.write('\n');
        out.flush();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
