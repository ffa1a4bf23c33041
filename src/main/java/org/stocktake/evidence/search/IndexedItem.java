package org.stocktake.evidence.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the index keeps of one item of evidence, fed by the caller from the database. {@code kind} is a kind's name
 * (e.g. "LETTER_IN"); {@code people} are the sender's and recipients' names; {@code dated} may be null.
 */
public record IndexedItem(
        long itemId,
        String title,
        String fileName,
        String kind,
        LocalDate dated,
        List<String> tags,
        List<String> people,
        Set<Long> recommendationIds,
        List<IndexedPage> pages,
        List<IndexedAnnotation> annotations) {
    public IndexedItem {
        title = title == null ? "" : title;
        fileName = fileName == null ? "" : fileName;
        kind = kind == null ? "" : kind;
        tags = tags == null ? List.of() : List.copyOf(tags);
        people = people == null ? List.of() : List.copyOf(people);
        recommendationIds = recommendationIds == null ? Set.of() : Set.copyOf(recommendationIds);
        pages = pages == null ? List.of() : List.copyOf(pages);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }
}
