package org.stocktake.evidence.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stocktake.evidence.text.ExtractedText;
import org.stocktake.evidence.text.FileType;
import org.stocktake.shared.store.StoredContent;

/** A new document's fields from the guess, with the list of those a person has yet to confirm. */
final class GuessedFields {

    private GuessedFields() {}

    static NewEvidence entry(
            StoredContent content, FileType type, String name, ExtractedText text, DocumentGuess g, EvidenceKind kind) {
        Set<String> guessed = new HashSet<>(Set.of(EvidenceItem.TITLE));
        if (g.date() != null) {
            guessed.add(EvidenceItem.DATE);
        }
        if (kind == null) {
            guessed.add(EvidenceItem.KIND);
        }
        if (!g.senders().isEmpty()) {
            guessed.add(EvidenceItem.SENDERS);
        }
        if (!g.recipients().isEmpty()) {
            guessed.add(EvidenceItem.RECIPIENTS);
        }
        if (g.reference() != null) {
            guessed.add(EvidenceItem.REFERENCE);
        }
        EvidenceDraft fields = new EvidenceDraft(
                g.title(),
                g.date(),
                g.precision(),
                kind != null ? kind : g.kind(),
                parties(g.senders()),
                parties(g.recipients()),
                null,
                g.reference(),
                List.of(),
                null,
                null);
        TextStatus status = text.awaitingOcr()
                ? TextStatus.AWAITING_OCR
                : text.fullText().isBlank() ? TextStatus.NO_TEXT : TextStatus.EXTRACTED;
        String note = notes(
                text.awaitingOcr() ? "Some pages are pictures; they are read once OCR is installed." : null,
                UnreadablePages.note(text.unreadablePages()));
        return new NewEvidence(
                content.sha256(),
                content.size(),
                type.mediaType(),
                name,
                fields,
                guessed,
                status,
                note,
                PageText.stored(text.pages()),
                null);
    }

    private static String notes(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }

    private static List<Party> parties(List<Correspondent> correspondents) {
        List<Party> parties = new ArrayList<>();
        for (Correspondent c : correspondents) {
            if (c.name() != null && !c.name().isBlank()) {
                parties.add(new Party(c.name(), c.personId(), c.office()));
            }
        }
        return parties;
    }
}
