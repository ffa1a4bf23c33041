package org.stocktake.evidence.service;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.evidence.text.ExtractedText;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.task.Progress;

/**
 * Documents kept with "no text yet" because their pages are pictures and no OCR was installed when they were added:
 * once it is, they are read again from the store and their text saved.
 */
public final class AwaitingText {

    private static final Logger LOG = Logger.getLogger(AwaitingText.class.getName());

    private final EvidenceService service;
    private final ContentStore store;
    private final TextExtractor extractor;
    private final BooleanSupplier ocrAvailable;

    public AwaitingText(
            EvidenceService service, ContentStore store, TextExtractor extractor, BooleanSupplier ocrAvailable) {
        this.service = service;
        this.store = store;
        this.extractor = extractor;
        this.ocrAvailable = ocrAvailable;
    }

    /** The documents still waiting for OCR. */
    public List<EvidenceItem> waiting() {
        return service.items().stream()
                .filter(item -> item.textStatus() == TextStatus.AWAITING_OCR)
                .toList();
    }

    /** Whether OCR is installed now and some document waits for it. */
    public boolean canRead() {
        return !waiting().isEmpty() && ocrAvailable.getAsBoolean();
    }

    /**
     * Reads every waiting document again, one at a time, saving each as soon as it is read; stops between documents
     * when cancelled. A document that still cannot be read stays waiting. Returns how many were read.
     */
    public int readAll(Progress progress) {
        if (!ocrAvailable.getAsBoolean()) {
            return 0;
        }
        List<EvidenceItem> waiting = waiting();
        int read = 0;
        for (int i = 0; i < waiting.size() && !progress.isCancelled(); i++) {
            EvidenceItem item = waiting.get(i);
            progress.message("Reading the scanned pages of " + item.title());
            progress.update(i, waiting.size());
            try {
                ExtractedText text = extractor.extract(
                        StoredContents.of(store, item.sha256(), item.sizeBytes()), item.fileName(), progress);
                if (!text.awaitingOcr()) {
                    service.recordText(
                            item.id(),
                            PageText.stored(text.pages()),
                            text.fullText().isBlank() ? TextStatus.NO_TEXT : TextStatus.EXTRACTED,
                            UnreadablePages.note(text.unreadablePages()));
                    read++;
                }
            } catch (ValidationException e) {
                LOG.log(Level.INFO, "Could not read " + item.fileName() + " again", e);
            }
        }
        progress.update(waiting.size(), waiting.size());
        return read;
    }
}
