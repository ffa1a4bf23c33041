package org.stocktake.recommendations.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a Stocktake recommendations file ({@code "format": "stocktake-recommendations"}). It walks the parser's
 * tokens rather than a tree so that every problem can name the line it is on.
 */
final class JsonRecommendationReader {

    private static final Pattern START_MARKER =
            Pattern.compile("\\s*\\(start marker at \\[Source: [^\\]]*?; line: (\\d+), column: \\d+\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: [^\\]]*\\]");

    static final String FORMAT = "stocktake-recommendations";
    static final int VERSION = 1;

    // Duplicate keys would otherwise let the last one win unseen.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final List<String> RECOMMENDATION_FIELDS = List.of(
            "number",
            "theme",
            "title",
            "text",
            "owner",
            "priority",
            "milestone",
            "sourceDocument",
            "sourcePage",
            "summary");

    private final List<ImportRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private ReviewDraft review;
    private int itemsSeen = -1;

    static ImportedFile read(String text) {
        if (text.isBlank()) {
            return ImportedFile.unreadable(ImportProblem.inFile("The file is empty."));
        }
        JsonRecommendationReader reader = new JsonRecommendationReader();
        boolean readToEnd = false;
        try (JsonParser parser = FACTORY.createParser(text)) {
            readToEnd = reader.readFile(parser);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            reader.problems.add(ImportProblem.at(
                    line, null, "the file is not valid JSON here (" + plain(e.getOriginalMessage()) + ")."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportedFile(reader.review, reader.rows, reader.problems, readToEnd);
    }

    /** @return whether the whole file was read */
    private boolean readFile(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            problems.add(ImportProblem.at(
                    line(parser), null, "this is not a Stocktake recommendations file (it should start with '{')."));
            return false;
        }
        Map<String, String> top = new HashMap<>();
        Map<String, Integer> topLines = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int line = line(parser);
            topLines.put(name, line);
            parser.nextToken();
            switch (name) {
                case "format", "version" ->
                    top.put(name, parser.currentToken().isScalarValue() ? parser.getText() : "?");
                case "review" -> readReview(parser, line);
                case "recommendations" -> readRecommendations(parser, line);
                default -> problem(parser, line, name, "unknown field '" + name + "' at the top of the file.");
            }
            parser.skipChildren();
        }
        if (parser.nextToken() != null) {
            problems.add(ImportProblem.at(line(parser), null, "there is more after the end of the file's '{ }'."));
        }
        checkHeader(top, topLines);
        return true;
    }

    private void checkHeader(Map<String, String> top, Map<String, Integer> lines) {
        if (!lines.containsKey("format")) {
            problems.add(ImportProblem.inFile("The file has no \"format\": \"" + FORMAT
                    + "\" line, so it is not a Stocktake recommendations file."));
        } else if (!FORMAT.equals(top.get("format"))) {
            problems.add(ImportProblem.at(
                    lines.get("format"), "format", "the format should be \"" + FORMAT + "\"; this file is not one."));
        }
        if (!lines.containsKey("version")) {
            problems.add(ImportProblem.inFile(
                    "The file has no \"version\" line (this Stocktake reads version " + VERSION + ")."));
        } else if (!String.valueOf(VERSION).equals(top.get("version"))) {
            problems.add(ImportProblem.at(
                    lines.get("version"),
                    "version",
                    "the file is version " + top.get("version") + " of the format; this Stocktake reads version "
                            + VERSION + "."));
        }
        if (!lines.containsKey("recommendations")) {
            problems.add(ImportProblem.inFile("The file has no \"recommendations\" list."));
        } else if (itemsSeen == 0) {
            problems.add(ImportProblem.at(lines.get("recommendations"), null, "the file has no recommendations."));
        }
    }

    private void readReview(JsonParser parser, int line) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            problem(parser, line, "review", "\"review\" should be an object { ... }.");
            return;
        }
        JsonFields fields = JsonFields.read(
                parser, List.of("code", "title", "author", "published", "source"), "in the review", problems);
        review = new ReviewDraft(
                fields.text("code"),
                fields.text("title"),
                fields.text("author"),
                fields.date("published", "published date"),
                fields.text("source"));
    }

    private void readRecommendations(JsonParser parser, int line) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problem(parser, line, "recommendations", "\"recommendations\" should be a list [ ... ].");
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            index++;
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                problem(parser, line(parser), null, "recommendation " + index + " should be an object { ... }.");
                continue;
            }
            rows.add(readRecommendation(parser, index));
        }
        itemsSeen = index;
    }

    private ImportRow readRecommendation(JsonParser parser, int index) throws IOException {
        int line = line(parser);
        JsonFields fields = JsonFields.read(parser, RECOMMENDATION_FIELDS, "in recommendation " + index, problems);
        return new ImportRow(
                line,
                fields.text("number"),
                fields.text("theme"),
                fields.text("title"),
                fields.text("text"),
                fields.text("owner"),
                fields.text("priority"),
                fields.date("milestone", "milestone"),
                fields.text("sourceDocument"),
                fields.page("sourcePage"),
                fields.flag("summary"));
    }

    private void problem(JsonParser parser, int line, String field, String text) throws IOException {
        problems.add(ImportProblem.at(line, field, text));
        parser.skipChildren();
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /**
     * The parser's message without its account of where a block began, which names its internal source and a feature
     * switch ("start marker at [Source: REDACTED (...); line: 4, column: 13]"): only the line means anything here.
     */
    static String plain(String parserMessage) {
        String text = START_MARKER.matcher(parserMessage).replaceAll(" opened on line $1");
        return SOURCE.matcher(text).replaceAll("").strip();
    }
}
