package org.stocktake.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stocktake.assessments.service.CitedEvidence;

/** An assessment's citations as exported: objects a program can follow to the document, or a line a person reads. */
final class CitationFields {

    private CitationFields() {}

    static List<Map<String, Object>> of(List<CitedEvidence> cited) {
        return cited.stream()
                .map(c -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("citation", c.citation().id());
                    fields.put("evidence", c.itemId());
                    fields.put("page", c.citation().page());
                    fields.put("note", c.citation().annotationId());
                    fields.put("label", c.label());
                    return fields;
                })
                .toList();
    }

    static String line(List<CitedEvidence> cited) {
        return cited.isEmpty() ? null : cited.stream().map(CitedEvidence::label).collect(Collectors.joining("; "));
    }
}
