package org.stocktake.evidence.search;

import static org.stocktake.evidence.search.IndexFields.ANNOTATION;
import static org.stocktake.evidence.search.IndexFields.DATED;
import static org.stocktake.evidence.search.IndexFields.EXACT;
import static org.stocktake.evidence.search.IndexFields.HEAD;
import static org.stocktake.evidence.search.IndexFields.ITEM;
import static org.stocktake.evidence.search.IndexFields.KIND;
import static org.stocktake.evidence.search.IndexFields.PAGE;
import static org.stocktake.evidence.search.IndexFields.PEOPLE;
import static org.stocktake.evidence.search.IndexFields.RECOMMENDATION;
import static org.stocktake.evidence.search.IndexFields.TAG;
import static org.stocktake.evidence.search.IndexFields.TEXT;
import static org.stocktake.evidence.search.IndexFields.TITLE;
import static org.stocktake.evidence.search.IndexFields.TITLE_EXACT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * One document per page (so a hit names its page) and one per annotation. Each carries its item's filter fields, so
 * a filter applies to whichever document matched. An item with no text still gets one page, numbered 0, so its title
 * and filters find it.
 */
final class EvidenceDocuments {
    private EvidenceDocuments() {}

    static List<Document> of(IndexedItem item) {
        List<Document> documents = new ArrayList<>();
        List<IndexedPage> pages = item.pages().isEmpty() ? List.of(new IndexedPage(0, "")) : item.pages();
        String title = (item.title() + "\n" + fileNameWords(item.fileName())).strip();
        for (IndexedPage page : pages) {
            Document document = common(item, page.page());
            if (documents.isEmpty()) {
                document.add(new StringField(HEAD, "1", Field.Store.NO));
            }
            document.add(new TextField(TITLE, title, Field.Store.NO));
            document.add(new TextField(TITLE_EXACT, title, Field.Store.NO));
            body(document, page.text());
            documents.add(document);
        }
        for (IndexedAnnotation annotation : item.annotations()) {
            Document document = common(item, annotation.page());
            document.add(new NumericDocValuesField(ANNOTATION, annotation.annotationId()));
            body(document, annotationText(annotation));
            documents.add(document);
        }
        return documents;
    }

    /** What an annotation hit's snippet is taken from, and what its words are matched against. */
    static String annotationText(IndexedAnnotation annotation) {
        if (annotation.quote().isBlank()) {
            return annotation.note();
        }
        return "\u201C" + annotation.quote().strip() + "\u201D " + annotation.note();
    }

    static String normalTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    static String normalKind(String kind) {
        return kind.strip().toUpperCase(Locale.ROOT);
    }

    private static Document common(IndexedItem item, int page) {
        Document document = new Document();
        document.add(new LongPoint(ITEM, item.itemId()));
        document.add(new NumericDocValuesField(ITEM, item.itemId()));
        document.add(new NumericDocValuesField(PAGE, page));
        document.add(new StringField(KIND, normalKind(item.kind()), Field.Store.NO));
        if (item.dated() != null) {
            document.add(new LongPoint(DATED, item.dated().toEpochDay()));
            document.add(new NumericDocValuesField(DATED, item.dated().toEpochDay()));
        }
        for (String tag : item.tags()) {
            document.add(new StringField(TAG, normalTag(tag), Field.Store.NO));
        }
        for (String person : item.people()) {
            document.add(new TextField(PEOPLE, person, Field.Store.NO));
        }
        for (Long recommendation : item.recommendationIds()) {
            document.add(new LongPoint(RECOMMENDATION, recommendation));
        }
        return document;
    }

    private static void body(Document document, String text) {
        document.add(new TextField(TEXT, text, Field.Store.NO));
        document.add(new TextField(EXACT, text, Field.Store.NO));
        document.add(new StoredField(TEXT, text));
    }

    /** "kerslake_review-2014.pdf" reads as "kerslake review 2014 pdf": the tokenizer keeps underscores inside words. */
    private static String fileNameWords(String fileName) {
        return fileName.replace('_', ' ').replace('.', ' ').replace('-', ' ');
    }
}
