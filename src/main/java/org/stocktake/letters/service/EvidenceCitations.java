package org.stocktake.letters.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stocktake.evidence.service.Anchored;
import org.stocktake.evidence.service.Annotation;
import org.stocktake.evidence.service.Annotations;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.letters.document.Citation;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Run;
import org.stocktake.shared.NotFoundException;

/**
 * Citations of the evidence library as an annex lists them: "Birmingham City Council, Progress report, 7 December
 * 2015", and for a note ", page 4: 'the words highlighted'". The key is made from the document's and the note's ids,
 * so citing the same thing twice gives the same key.
 */
final class EvidenceCitations {

    /** A quoted passage longer than this is cut at a word, so the annex stays a list. */
    static final int QUOTE_WORDS = 30;

    private final EvidenceService evidence;
    private final Annotations annotations;

    EvidenceCitations(EvidenceService evidence, Annotations annotations) {
        this.evidence = evidence;
        this.annotations = annotations;
    }

    /**
     * @param annotationId the note to cite, or null for the whole document
     * @throws NotFoundException if the document or the note is gone
     */
    Cited cite(long evidenceId, Long annotationId) {
        EvidenceItem item;
        try {
            item = evidence.item(evidenceId);
        } catch (NotFoundException e) {
            throw new NotFoundException("That document is no longer in the library, so it cannot be cited.");
        }
        Annotation note = null;
        if (annotationId != null) {
            note = annotations.of(item.id()).stream()
                    .map(Anchored::annotation)
                    .filter(a -> a.id() == annotationId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException(
                            "That note is no longer on the document; cite the document itself or another note."));
        }
        String key = key(item.uuid(), note == null ? null : note.uuid());
        Citation citation = new Citation(key, item.uuid(), note == null ? null : note.uuid(), describe(item, note));
        return new Cited(citation, Run.cite(key));
    }

    static String key(UUID evidence, UUID annotation) {
        return annotation == null ? "evidence-" + evidence : "evidence-" + evidence + "-note-" + annotation;
    }

    static String describe(EvidenceItem item, Annotation note) {
        List<String> parts = new ArrayList<>();
        String from = item.senders().isEmpty()
                ? item.source()
                : Prose.list(item.senders().stream().map(p -> p.name()).toList());
        if (from != null && !from.isBlank()) {
            parts.add(from.strip());
        }
        String title = item.title() == null || item.title().isBlank()
                ? "Untitled document"
                : item.title().strip();
        parts.add(title);
        String date = item.dateShown();
        parts.add(date.isBlank() ? "undated" : date);
        String described = String.join(", ", parts);
        if (note == null) {
            return described;
        }
        return described + ", page " + note.page() + ": '" + quoted(note.quote()) + "'";
    }

    private static String quoted(String quote) {
        String[] words = (quote == null ? "" : quote).strip().split("\\s+");
        if (words.length <= QUOTE_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", List.of(words).subList(0, QUOTE_WORDS)) + " \u2026";
    }

    /**
     * One plain sentence for each of the letter's citations whose document or note has left the library; the letter
     * keeps the citation, as written, until someone removes it.
     */
    List<String> gone(LetterDocument letter) {
        List<String> gone = new ArrayList<>();
        List<EvidenceItem> items = evidence.items();
        for (Citation citation : letter.citations()) {
            Optional<EvidenceItem> item = items.stream()
                    .filter(i -> i.uuid().equals(citation.evidence()))
                    .findFirst();
            if (item.isEmpty()) {
                gone.add("The document cited as \u201c" + citation.description()
                        + "\u201d is no longer in the library; remove the citation or cite another document.");
            } else if (citation.annotation() != null
                    && annotations.of(item.get().id()).stream()
                            .noneMatch(a -> a.annotation().uuid().equals(citation.annotation()))) {
                gone.add("The note cited as \u201c" + citation.description()
                        + "\u201d is no longer on its document; cite the document itself or another note.");
            }
        }
        return gone;
    }
}
