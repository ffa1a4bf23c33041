package org.stocktake.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktake.shared.files.JsonDialect;

/** Writes a listing's data columns as a JSON array of objects in Stocktake's one {@link JsonDialect}. */
final class JsonWriter {

    private JsonWriter() {}

    static <T> void write(Listing<T> listing, Writer out) throws IOException {
        List<Column<T>> columns = listing.dataColumns();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (T row : listing.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Column<T> column : columns) {
                object.put(column.name(), column.value().apply(row));
            }
            objects.add(object);
        }
        JsonDialect.write(objects, out);
    }
}
