package org.stocktake.recommendations.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fields of one JSON object of an import file, each with the line it is on, read as the format's types. */
final class JsonFields {

    private record Value(JsonToken token, String text, int line) {}

    private final Map<String, Value> values = new HashMap<>();
    private final String where;
    private final List<ImportProblem> problems;

    private JsonFields(String where, List<ImportProblem> problems) {
        this.where = where;
        this.problems = problems;
    }

    /**
     * Reads the object the parser is at, up to its closing brace. Fields not in {@code known} are problems; so are
     * objects and lists where a plain value belongs.
     */
    static JsonFields read(JsonParser parser, List<String> known, String where, List<ImportProblem> problems)
            throws IOException {
        JsonFields fields = new JsonFields(where, problems);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            JsonToken token = parser.nextToken();
            if (!known.contains(name)) {
                problems.add(ImportProblem.at(line, name, "unknown field '" + name + "' " + where + "."));
            } else if (token.isScalarValue()) {
                fields.values.put(name, new Value(token, parser.getText(), line));
            } else {
                problems.add(ImportProblem.at(line, name, "'" + name + "' " + where + " should be a single value."));
            }
            parser.skipChildren();
        }
        return fields;
    }

    /** Text in quotes; a whole number is taken as its digits, so that "number": 3 works as "number": "3". */
    String text(String name) {
        Value value = values.get(name);
        if (value == null || value.token() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.token() == JsonToken.VALUE_STRING || value.token() == JsonToken.VALUE_NUMBER_INT) {
            return ImportValues.clean(value.text());
        }
        wrongType(name, value, "text in quotes");
        return null;
    }

    LocalDate date(String name, String what) {
        Value value = values.get(name);
        if (value == null || value.token() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.token() == JsonToken.VALUE_STRING) {
            return ImportValues.date(value.text(), value.line(), name, what, problems);
        }
        wrongType(name, value, "a date in quotes, e.g. \"2015-12-31\"");
        return null;
    }

    Integer page(String name) {
        Value value = values.get(name);
        if (value == null || value.token() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.token().isNumeric() || value.token() == JsonToken.VALUE_STRING) {
            return ImportValues.page(value.text(), value.line(), name, problems);
        }
        wrongType(name, value, "a whole number");
        return null;
    }

    boolean flag(String name) {
        Value value = values.get(name);
        if (value == null || value.token() == JsonToken.VALUE_NULL) {
            return false;
        }
        if (value.token().isBoolean() || value.token() == JsonToken.VALUE_STRING) {
            return ImportValues.summary(value.text(), value.line(), name, problems);
        }
        wrongType(name, value, "true or false");
        return false;
    }

    private void wrongType(String name, Value value, String expected) {
        problems.add(ImportProblem.at(value.line(), name, "'" + name + "' " + where + " should be " + expected + "."));
    }
}
