package org.stocktake.evidence.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Items for the index's tests, built up one field at a time. */
final class Items {
    private final long id;
    private String title = "";
    private String fileName = "";
    private String kind = "LETTER_IN";
    private LocalDate dated;
    private List<String> tags = List.of();
    private List<String> people = List.of();
    private Set<Long> recommendations = Set.of();
    private final List<IndexedPage> pages = new ArrayList<>();
    private final List<IndexedAnnotation> annotations = new ArrayList<>();

    private Items(long id) {
        this.id = id;
    }

    static Items item(long id) {
        return new Items(id);
    }

    /** An item whose pages hold these texts, numbered from 1. */
    static IndexedItem withPages(long id, String... texts) {
        Items item = item(id);
        for (String text : texts) {
            item.page(text);
        }
        return item.build();
    }

    Items title(String value) {
        title = value;
        return this;
    }

    Items fileName(String value) {
        fileName = value;
        return this;
    }

    Items kind(String value) {
        kind = value;
        return this;
    }

    Items dated(String isoDate) {
        dated = LocalDate.parse(isoDate);
        return this;
    }

    Items tags(String... values) {
        tags = List.of(values);
        return this;
    }

    Items people(String... values) {
        people = List.of(values);
        return this;
    }

    Items recommendations(Long... values) {
        recommendations = Set.of(values);
        return this;
    }

    Items page(String text) {
        pages.add(new IndexedPage(pages.size() + 1, text));
        return this;
    }

    Items annotation(long annotationId, int page, String quote, String note) {
        annotations.add(new IndexedAnnotation(annotationId, page, quote, note, "Chair"));
        return this;
    }

    IndexedItem build() {
        return new IndexedItem(id, title, fileName, kind, dated, tags, people, recommendations, pages, annotations);
    }
}
