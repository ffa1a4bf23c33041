package org.stocktake.evidence.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.store.ContentStore;
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
        AddRun run = new AddRun(service, store, options, progress, files.size());
        FileIntake intake = new FileIntake(run, store, extractor, guesser.get(), options.kind());
        run.refuseAll(gathering.refused());
        // While one batch enters (the database and the index, on this thread), the next is stored and read on the
        // reading threads, so every core stays busy.
        Reading entering = null;
        Reading next = null;
        try {
            for (int start = 0; start < files.size() && !run.cancelled(); start += BATCH_FILES) {
                next = new Reading(new AddRun.Batch(), new ArrayList<>());
                for (Path file : files.subList(start, Math.min(files.size(), start + BATCH_FILES))) {
                    if (run.cancelled()) {
                        break;
                    }
                    Reading filling = next;
                    intake.store(file, filling.batch())
                            .ifPresent(stored -> filling.files().add(readers.submit(() -> intake.read(stored))));
                }
                if (entering != null) {
                    run.commit(entering.batch(), finished(entering.files()));
                }
                entering = next;
                next = null;
            }
            if (entering != null) {
                Reading last = entering;
                entering = null;
                run.commit(last.batch(), finished(last.files()));
            }
        } finally {
            readers.shutdownNow();
            giveUp(run, readers, entering, next);
        }
        return run.summary();
    }

    /** A batch's files being read, each to give its document (with attachments) or nothing. */
    private record Reading(AddRun.Batch batch, List<Future<Optional<EvidenceGroup>>> files) {}

    /**
     * After a failure, what was stored for the batches that did not enter is removed, once their readers have
     * stopped storing attachments.
     */
    private static void giveUp(AddRun run, ExecutorService readers, Reading... left) {
        boolean leftOver = false;
        for (Reading reading : left) {
            leftOver |= reading != null;
        }
        if (!leftOver) {
            return;
        }
        try {
            readers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Reading reading : left) {
            if (reading != null) {
                run.giveUp(reading.batch());
            }
        }
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
}
