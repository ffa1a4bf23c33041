package org.stocktake.evidence.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.evidence.text.Attachment;
import org.stocktake.evidence.text.Content;
import org.stocktake.evidence.text.ExtractedText;
import org.stocktake.evidence.text.FileType;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.WorkspaceException;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.store.StoredContent;
import org.stocktake.shared.task.Progress;

/**
 * Adds files to the library: each is stored and then read and guessed, on every core at once, then entered in
 * batches, each batch in one transaction. A bad file is refused with a sentence and leaves nothing behind; the others
 * go in. Content stored for a file that did not enter is removed again, so the store never keeps bytes no document
 * names.
 */
public final class EvidenceImporter {

    /** Files larger than this are refused: no council document comes near it, and reading one would exhaust memory. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(EvidenceImporter.class.getName());
    private static final int BATCH_FILES = 64;

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
     * @throws NotFoundException if a recommendation to link to is not in the register: before anything is added, or
     *     (when it leaves the register meanwhile) with documents of earlier batches in, linked, and nothing of the
     *     batch that could not be linked
     */
    public AddSummary add(List<Path> paths, AddOptions options, Progress progress) {
        try {
            service.requireInRegister(options.recommendationIds());
        } catch (NotFoundException e) {
            throw new NotFoundException("A recommendation to link the files to is not in the register; nothing was"
                    + " added. Choose another and add the files again.");
        }
        FileGathering gathering = FileGathering.of(paths);
        List<Path> files = gathering.files();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService readers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "stocktake-evidence-reader");
            thread.setDaemon(true);
            return thread;
        });
        Run run = new Run(options, guesser.get(), progress, files.size());
        run.refused.addAll(gathering.refused());
        try {
            for (int start = 0; start < files.size() && !run.cancelled(); start += BATCH_FILES) {
                List<Future<Optional<EvidenceGroup>>> reading = new ArrayList<>();
                for (Path file : files.subList(start, Math.min(files.size(), start + BATCH_FILES))) {
                    if (run.cancelled()) {
                        break;
                    }
                    run.store(file).ifPresent(stored -> reading.add(readers.submit(() -> run.read(stored))));
                }
                run.commit(finished(reading));
            }
        } finally {
            readers.shutdownNow();
        }
        progress.update(files.size(), files.size());
        return new AddSummary(run.added, run.duplicates, run.refused, run.partlyRead, run.cancelled());
    }

    private static List<EvidenceGroup> finished(List<Future<Optional<EvidenceGroup>>> reading) {
        List<EvidenceGroup> groups = new ArrayList<>();
        for (Future<Optional<EvidenceGroup>> future : reading) {
            try {
                future.get().ifPresent(groups::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Adding files was interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return groups;
    }

    /** A file stored and waiting to be read. */
    private record Stored(Path file, String name, FileType type, StoredContent content) {}

    /** One call of {@link #add}: what it has done so far; its lists are written from several reading threads. */
    private final class Run {
        private final AddOptions options;
        private final DocumentGuesser guess;
        private final Progress progress;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final List<EvidenceItem> added = new ArrayList<>();
        private final List<AddSummary.Duplicate> duplicates = Collections.synchronizedList(new ArrayList<>());
        private final List<AddSummary.Refusal> refused = Collections.synchronizedList(new ArrayList<>());
        private final List<AddSummary.PartlyRead> partlyRead = Collections.synchronizedList(new ArrayList<>());
        /** Documents of this batch found in the library already: linked in the batch's transaction. */
        private final List<EvidenceItem> known = Collections.synchronizedList(new ArrayList<>());
        /** Content of this batch by digest, with the name it came as: a second copy in one batch is refused. */
        private final Map<String, String> pendingContent = new ConcurrentHashMap<>();
        /** Content stored by this batch that was not in the store before: removed if it does not enter. */
        private final Set<String> newlyStored = ConcurrentHashMap.newKeySet();

        private volatile boolean stopped;

        Run(AddOptions options, DocumentGuesser guess, Progress progress, int total) {
            this.options = options;
            this.guess = guess;
            this.progress = progress;
            this.total = total;
        }

        boolean cancelled() {
            if (!stopped && progress.isCancelled()) {
                stopped = true;
            }
            return stopped;
        }

        /** Checks and stores one file, in the order given; empty when it is refused or already in the library. */
        Optional<Stored> store(Path file) {
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
                progress.message("Adding " + name);
                StoredContent content = store.put(file);
                if (isKnown(content, name)) {
                    step();
                    return Optional.empty();
                }
                return Optional.of(new Stored(file, name, type, content));
            } catch (ValidationException e) {
                refuse(name, e.getMessage());
            } catch (IOException e) {
                refuse(name, "'" + name + "' could not be read: " + e.getMessage());
            } catch (WorkspaceException e) {
                throw e;
            } catch (RuntimeException e) {
                unexpected(file, name, e);
            }
            return Optional.empty();
        }

        /** Reads and guesses a stored file and its attachments; runs on a reading thread. */
        Optional<EvidenceGroup> read(Stored stored) {
            try {
                if (cancelled()) {
                    forget(stored.content().sha256());
                    return Optional.empty();
                }
                ExtractedText text = text(stored.content(), stored.name());
                List<AddSummary.PartlyRead> partly = new ArrayList<>();
                partlyRead(stored.name(), text).ifPresent(partly::add);
                List<NewEvidence> attachments = new ArrayList<>();
                for (Attachment attachment : text.attachments()) {
                    attachment(attachment, stored.name(), partly).ifPresent(attachments::add);
                }
                EvidenceGroup group =
                        new EvidenceGroup(entry(stored.content(), stored.type(), stored.name(), text), attachments);
                partlyRead.addAll(partly);
                return Optional.of(group);
            } catch (ValidationException e) {
                refuse(stored.name(), e.getMessage());
            } catch (CancellationException e) {
                forget(stored.content().sha256());
                stopped = true;
            } catch (WorkspaceException e) {
                throw e;
            } catch (RuntimeException e) {
                forget(stored.content().sha256());
                unexpected(stored.file(), stored.name(), e);
            } finally {
                step();
            }
            return Optional.empty();
        }

        private Optional<NewEvidence> attachment(
                Attachment attachment, String parent, List<AddSummary.PartlyRead> partly) {
            String name = attachment.fileName();
            String described = name + " (attached to " + parent + ")";
            try {
                if (attachment.bytes().length == 0) {
                    throw new ValidationException("'" + name + "' is empty.");
                }
                FileType type = extractor.detect(Content.of(attachment.bytes()), name);
                StoredContent content = store.put(attachment.bytes(), name);
                if (isKnown(content, described)) {
                    return Optional.empty();
                }
                ExtractedText text = text(content, name);
                NewEvidence entry = entry(content, type, name, text);
                partlyRead(described, text).ifPresent(partly::add);
                return Optional.of(entry);
            } catch (ValidationException e) {
                refuse(described, e.getMessage());
                return Optional.empty();
            }
        }

        /** True when the content is in the library already, or earlier in this batch. */
        private boolean isKnown(StoredContent content, String name) {
            var existing = service.withContent(content.sha256());
            if (existing.isPresent()) {
                duplicates.add(new AddSummary.Duplicate(name, existing.get()));
                known.add(existing.get());
                return true;
            }
            String earlier = pendingContent.putIfAbsent(content.sha256(), name);
            if (earlier != null) {
                refuse(name, "'" + name + "' has the same content as '" + earlier + "'.");
                return true;
            }
            if (!content.alreadyStored()) {
                newlyStored.add(content.sha256());
            }
            return false;
        }

        private ExtractedText text(StoredContent content, String name) {
            try {
                return extractor.extract(
                        StoredContents.of(store, content.sha256(), content.size()), name, new FileProgress(progress));
            } catch (RuntimeException e) {
                forget(content.sha256());
                throw e;
            }
        }

        private NewEvidence entry(StoredContent content, FileType type, String name, ExtractedText text) {
            DocumentGuess g = guess.guess(text.fullText(), name, hints(text));
            return GuessedFields.entry(content, type, name, text, g, options.kind());
        }

        private DocumentHints hints(ExtractedText text) {
            var f = text.facts();
            return new DocumentHints(f.title(), f.author(), f.sender(), f.recipient(), f.subject(), f.date());
        }

        void commit(List<EvidenceGroup> groups) {
            List<Long> recommendations = options.recommendationIds();
            List<EvidenceItem> relinked = recommendations.isEmpty() ? List.of() : List.copyOf(known);
            known.clear();
            if (groups.isEmpty() && relinked.isEmpty()) {
                discardUnentered();
                return;
            }
            List<EvidenceItem> entered;
            try {
                entered = service.add(groups, relinked, recommendations);
            } catch (NotFoundException e) {
                newlyStored.forEach(store::discard);
                throw new NotFoundException("A recommendation to link the files to left the register while they were"
                        + " added; "
                        + (added.isEmpty()
                                ? "nothing was added"
                                : "only the first " + added.size() + " documents went in")
                        + ". Choose another and add the files again.");
            } catch (RuntimeException e) {
                newlyStored.forEach(store::discard);
                throw e;
            }
            added.addAll(entered);
            pendingContent.clear();
            newlyStored.clear();
        }

        /** Content stored for files that were all refused or stopped: nothing names it. */
        private void discardUnentered() {
            newlyStored.forEach(store::discard);
            newlyStored.clear();
            pendingContent.clear();
        }

        private void forget(String sha256) {
            if (newlyStored.remove(sha256)) {
                store.discard(sha256);
            }
        }

        private static Optional<AddSummary.PartlyRead> partlyRead(String name, ExtractedText text) {
            return text.unreadablePages().isEmpty()
                    ? Optional.empty()
                    : Optional.of(new AddSummary.PartlyRead(name, text.unreadablePages()));
        }

        private void refuse(String name, String reason) {
            refused.add(new AddSummary.Refusal(name, reason));
        }

        private void unexpected(Path file, String name, RuntimeException e) {
            LOG.log(Level.WARNING, "Adding " + file + " failed unexpectedly", e);
            refuse(name, "'" + name + "' could not be added: " + e.getClass().getSimpleName() + ".");
        }

        private void step() {
            progress.update(done.incrementAndGet(), total);
        }
    }

    /** A file's own progress: only its cancellation reaches the whole add, whose progress counts files. */
    private record FileProgress(Progress whole) implements Progress {
        @Override
        public void update(long done, long total) {}

        @Override
        public void message(String message) {}

        @Override
        public boolean isCancelled() {
            return whole.isCancelled();
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024L * 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024))
                : (bytes / (1024 * 1024)) + " MB";
    }
}
