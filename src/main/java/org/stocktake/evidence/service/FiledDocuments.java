package org.stocktake.evidence.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stocktake.evidence.text.ExtractedText;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.evidence.text.UnreadableFileException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.store.StoredContent;
import org.stocktake.shared.task.Progress;

/**
 * Files a document the panel itself produced (an issued letter's signed PDF) in the library, with the fields its
 * producer knows for certain: nothing is guessed. The same bytes filed twice give the one document.
 */
public final class FiledDocuments {

    private final EvidenceService evidence;
    private final ContentStore store;
    private final TextExtractor extractor;

    public FiledDocuments(EvidenceService evidence, ContentStore store, TextExtractor extractor) {
        this.evidence = evidence;
        this.store = store;
        this.extractor = extractor;
    }

    /**
     * Stores {@code bytes}, reads their text and enters them with {@code fields}, or finds the document that holds
     * those bytes already.
     *
     * @throws ValidationException if the bytes cannot be read as a document
     */
    public EvidenceItem file(byte[] bytes, String fileName, EvidenceDraft fields) {
        StoredContent stored = store.put(bytes, fileName);
        Optional<EvidenceItem> existing = evidence.withContent(stored.sha256());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            ExtractedText text = extractor.extract(
                    StoredContents.of(store, stored.sha256(), stored.size()), fileName, Progress.NONE);
            NewEvidence document = new NewEvidence(
                    stored.sha256(),
                    stored.size(),
                    text.type().mediaType(),
                    fileName,
                    EvidenceLimits.checked(fields),
                    Set.of(),
                    text.awaitingOcr() ? TextStatus.AWAITING_OCR : TextStatus.EXTRACTED,
                    null,
                    text.pages(),
                    null);
            return evidence.add(List.of(new EvidenceGroup(document, List.of()))).get(0);
        } catch (UnreadableFileException e) {
            if (!stored.alreadyStored()) {
                store.discard(stored.sha256());
            }
            throw new ValidationException("The document '" + fileName + "' cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            if (!stored.alreadyStored()) {
                store.discard(stored.sha256());
            }
            throw e;
        }
    }
}
