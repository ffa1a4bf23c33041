package org.stocktake.evidence.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.evidence.text.Attachment;
import org.stocktake.evidence.text.Content;
import org.stocktake.evidence.text.ExtractedText;
import org.stocktake.evidence.text.FileType;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.store.StoredContent;
import org.stocktake.shared.task.Progress;

/**
 * Adds files to the library: each is stored, read and guessed, then entered in batches, each batch in one
 * transaction and then indexed. A bad file is refused with a sentence and leaves nothing behind; the others go in.
 * Content stored for a file that did not enter is removed again, so the store never keeps bytes no document names.
 */
public final class EvidenceImporter {

    /** Files larger than this are refused: no council document comes near it, and reading one would exhaust memory. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(EvidenceImporter.class.getName());
    private static final int BATCH_FILES = 50;
    private static final int BATCH_PAGES = 2_000;

    private final EvidenceService service;
    private final ContentStore store;
    private final TextExtractor extractor;
    private final Supplier<DocumentGuesser> guesser;

    public EvidenceImporter(
            EvidenceService service, ContentStore store, TextExtractor extractor, Supplier<DocumentGuesser> guesser) {
        this.service = service;
        this.store = store;
        this.extractor = extractor;
        this.guesser = guesser;
    }

    /**
     * Adds the files and folders given, reporting progress file by file and stopping between files when cancelled.
     *
     * @throws org.stocktake.shared.WorkspaceNotWritableException if the workspace cannot take the writes; documents
     *     entered in earlier batches stay, nothing of the failed batch does
     */
    public AddSummary add(List<Path> paths, AddOptions options, Progress progress) {
        FileGathering gathering = FileGathering.of(paths);
        List<Path> files = gathering.files();
        Run run = new Run(options, guesser.get());
        run.refused.addAll(gathering.refused());
        for (int i = 0; i < files.size(); i++) {
            if (progress.isCancelled()) {
                run.cancelled = true;
                break;
            }
            Path file = files.get(i);
            progress.message("Adding " + file.getFileName() + " (" + (i + 1) + " of " + files.size() + ")");
            progress.update(i, files.size());
            try {
                run.prepare(file, progress);
            } catch (CancellationException e) {
                run.cancelled = true;
                break;
            }
            if (run.pendingFiles() >= BATCH_FILES || run.pendingPages >= BATCH_PAGES) {
                run.commit();
            }
        }
        run.commit();
        progress.update(files.size(), files.size());
        return new AddSummary(run.added, run.duplicates, run.refused, run.cancelled);
    }

    /** One call of {@link #add}: its batch waiting to be entered and what it has done so far. */
    private final class Run {
        private final AddOptions options;
        private final DocumentGuesser guess;
        private final List<EvidenceItem> added = new ArrayList<>();
        private final List<AddSummary.Duplicate> duplicates = new ArrayList<>();
        private final List<AddSummary.Refusal> refused = new ArrayList<>();
        private final List<EvidenceGroup> pending = new ArrayList<>();
        private final Map<String, String> pendingContent = new HashMap<>();
        /** Content stored by this batch that was not in the store before: removed if the batch does not enter. */
        private final Set<String> newlyStored = new HashSet<>();

        private int pendingPages;
        private boolean cancelled;

        Run(AddOptions options, DocumentGuesser guess) {
            this.options = options;
            this.guess = guess;
        }

        int pendingFiles() {
            return pending.size();
        }

        void prepare(Path file, Progress progress) {
            String name = file.getFileName().toString();
            try {
                long size = Files.size(file);
                if (size == 0) {
                    throw new ValidationException("'" + name + "' is empty.");
                }
                if (size > MAX_FILE_BYTES) {
                    throw new ValidationException("'" + name + "' is " + megabytes(size)
                            + "; the library takes files up to " + megabytes(MAX_FILE_BYTES) + ".");
                }
                FileType type = extractor.detect(Content.of(file), name);
                StoredContent stored = store.put(file);
                if (isKnown(stored, name)) {
                    return;
                }
                remember(stored);
                ExtractedText text = read(stored, name, progress);
                List<NewEvidence> attachments = new ArrayList<>();
                for (Attachment attachment : text.attachments()) {
                    prepareAttachment(attachment, name, progress).ifPresent(attachments::add);
                }
                NewEvidence document = entry(stored, type, name, text);
                pending.add(new EvidenceGroup(document, attachments));
                pendingContent.put(stored.sha256(), name);
                pendingPages += document.pages().size();
            } catch (ValidationException e) {
                refused.add(new AddSummary.Refusal(name, e.getMessage()));
            } catch (java.io.IOException e) {
                refused.add(new AddSummary.Refusal(name, "'" + name + "' could not be read: " + e.getMessage()));
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                if (e instanceof org.stocktake.shared.WorkspaceException) {
                    throw e;
                }
                LOG.log(Level.WARNING, "Adding " + file + " failed unexpectedly", e);
                refused.add(new AddSummary.Refusal(
                        name,
                        "'" + name + "' could not be added: " + e.getClass().getSimpleName() + "."));
            }
        }

        private java.util.Optional<NewEvidence> prepareAttachment(
                Attachment attachment, String parent, Progress progress) {
            String name = attachment.fileName() == null || attachment.fileName().isBlank()
                    ? "attachment"
                    : attachment.fileName();
            String described = name + " (attached to " + parent + ")";
            try {
                if (attachment.bytes().length == 0) {
                    throw new ValidationException("'" + name + "' is empty.");
                }
                FileType type = extractor.detect(Content.of(attachment.bytes()), name);
                StoredContent stored = store.put(attachment.bytes(), name);
                if (isKnown(stored, described)) {
                    return java.util.Optional.empty();
                }
                remember(stored);
                ExtractedText text = read(stored, name, progress);
                pendingContent.put(stored.sha256(), described);
                return java.util.Optional.of(entry(stored, type, name, text));
            } catch (ValidationException e) {
                refused.add(new AddSummary.Refusal(described, e.getMessage()));
                return java.util.Optional.empty();
            }
        }

        /** True when the content is in the library already, or earlier in this batch. */
        private boolean isKnown(StoredContent stored, String name) {
            var existing = service.withContent(stored.sha256());
            if (existing.isPresent()) {
                duplicates.add(new AddSummary.Duplicate(name, existing.get()));
                link(existing.get());
                return true;
            }
            String earlier = pendingContent.get(stored.sha256());
            if (earlier != null) {
                refused.add(new AddSummary.Refusal(name, "'" + name + "' has the same content as '" + earlier + "'."));
                return true;
            }
            return false;
        }

        private void remember(StoredContent stored) {
            if (!stored.alreadyStored()) {
                newlyStored.add(stored.sha256());
            }
        }

        private ExtractedText read(StoredContent stored, String name, Progress progress) {
            try {
                return extractor.extract(storedContent(stored), name, progress);
            } catch (RuntimeException e) {
                forget(stored.sha256());
                throw e;
            }
        }

        private Content storedContent(StoredContent stored) {
            return new Content() {
                @Override
                public java.io.InputStream open() {
                    return store.open(stored.sha256());
                }

                @Override
                public long size() {
                    return stored.size();
                }
            };
        }

        private NewEvidence entry(StoredContent stored, FileType type, String name, ExtractedText text) {
            DocumentGuess g = guess.guess(text.fullText(), name, hints(text));
            Set<String> guessed = new HashSet<>(Set.of(EvidenceItem.TITLE));
            if (g.date() != null) {
                guessed.add(EvidenceItem.DATE);
            }
            if (options.kind() == null) {
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
                    options.kind() != null ? options.kind() : g.kind(),
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
            String note = text.awaitingOcr() ? "Some pages are images; they will be read once OCR is installed." : null;
            return new NewEvidence(
                    stored.sha256(),
                    stored.size(),
                    type.mediaType(),
                    name,
                    fields,
                    guessed,
                    status,
                    note,
                    PageText.stored(text.pages()),
                    null);
        }

        private List<Party> parties(List<Correspondent> correspondents) {
            List<Party> parties = new ArrayList<>();
            for (Correspondent c : correspondents) {
                if (c.name() != null && !c.name().isBlank()) {
                    parties.add(new Party(c.name(), c.personId(), c.office()));
                }
            }
            return parties;
        }

        private DocumentHints hints(ExtractedText text) {
            var f = text.facts();
            return new DocumentHints(f.title(), f.author(), f.sender(), f.recipient(), f.subject(), f.date());
        }

        void commit() {
            if (pending.isEmpty()) {
                return;
            }
            List<EvidenceItem> entered;
            try {
                entered = service.add(pending);
            } catch (RuntimeException e) {
                newlyStored.forEach(store::discard);
                throw e;
            }
            for (EvidenceItem item : entered) {
                link(item);
            }
            added.addAll(entered);
            pending.clear();
            pendingContent.clear();
            newlyStored.clear();
            pendingPages = 0;
        }

        private void link(EvidenceItem item) {
            for (long recommendationId : options.recommendationIds()) {
                service.link(item.id(), recommendationId, null);
            }
        }

        private void forget(String sha256) {
            if (newlyStored.remove(sha256)) {
                store.discard(sha256);
            }
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024L * 1024 * 1024
                ? String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024))
                : (bytes / (1024 * 1024)) + " MB";
    }
}
