package org.stocktake.evidence.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.stocktake.evidence.text.Attachment;
import org.stocktake.evidence.text.Content;
import org.stocktake.evidence.text.ExtractedText;
import org.stocktake.evidence.text.FileType;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.WorkspaceException;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.store.StoredContent;
import org.stocktake.shared.task.Progress;

/**
 * One file of an add, on its way in: checked and stored (in the order given), then read and guessed with its
 * attachments (on a reading thread). A bad file is refused with a sentence and its content forgotten.
 */
final class FileIntake {

    private final AddRun run;
    private final ContentStore store;
    private final TextExtractor extractor;
    private final DocumentGuesser guess;
    private final EvidenceKind kind;

    FileIntake(AddRun run, ContentStore store, TextExtractor extractor, DocumentGuesser guess, EvidenceKind kind) {
        this.run = run;
        this.store = store;
        this.extractor = extractor;
        this.guess = guess;
        this.kind = kind;
    }

    /** A file stored and waiting to be read. */
    record Stored(Path file, String name, FileType type, StoredContent content, AddRun.Batch batch) {}

    /** Checks and stores one file of the batch; empty when it is refused or already in the library. */
    Optional<Stored> store(Path file, AddRun.Batch batch) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ValidationException("'" + name + "' is empty.");
            }
            if (size > EvidenceImporter.MAX_FILE_BYTES) {
                throw new ValidationException("'" + name + "' is " + megabytes(size)
                        + "; the library takes files up to " + megabytes(EvidenceImporter.MAX_FILE_BYTES) + ".");
            }
            FileType type = extractor.detect(Content.of(file), name);
            run.progress().message("Adding " + name);
            StoredContent content = store.put(file);
            if (run.isKnown(content, name, batch)) {
                run.step();
                return Optional.empty();
            }
            return Optional.of(new Stored(file, name, type, content, batch));
        } catch (ValidationException e) {
            run.refuse(name, e.getMessage());
        } catch (IOException e) {
            run.refuse(name, "'" + name + "' could not be read: " + e.getMessage());
        } catch (WorkspaceException e) {
            throw e;
        } catch (RuntimeException e) {
            run.unexpected(file, name, e);
        }
        return Optional.empty();
    }

    /** Reads and guesses a stored file and its attachments; runs on a reading thread. */
    Optional<EvidenceGroup> read(Stored stored) {
        try {
            if (run.cancelled()) {
                run.forget(stored.content().sha256(), stored.batch());
                return Optional.empty();
            }
            ExtractedText text = text(stored.content(), stored.name(), stored.batch());
            List<AddSummary.PartlyRead> partly = new ArrayList<>();
            partlyRead(stored.name(), text).ifPresent(partly::add);
            List<NewEvidence> attachments = new ArrayList<>();
            for (Attachment attachment : text.attachments()) {
                attachment(attachment, stored.name(), stored.batch(), partly).ifPresent(attachments::add);
            }
            EvidenceGroup group =
                    new EvidenceGroup(entry(stored.content(), stored.type(), stored.name(), text), attachments);
            run.partlyRead(partly);
            return Optional.of(group);
        } catch (ValidationException e) {
            run.refuse(stored.name(), e.getMessage());
        } catch (CancellationException e) {
            run.forget(stored.content().sha256(), stored.batch());
            run.stop();
        } catch (WorkspaceException e) {
            throw e;
        } catch (RuntimeException e) {
            run.forget(stored.content().sha256(), stored.batch());
            run.unexpected(stored.file(), stored.name(), e);
        } finally {
            run.step();
        }
        return Optional.empty();
    }

    private Optional<NewEvidence> attachment(
            Attachment attachment, String parent, AddRun.Batch batch, List<AddSummary.PartlyRead> partly) {
        String name = attachment.fileName();
        String described = name + " (attached to " + parent + ")";
        try {
            if (attachment.bytes().length == 0) {
                throw new ValidationException("'" + name + "' is empty.");
            }
            FileType type = extractor.detect(Content.of(attachment.bytes()), name);
            StoredContent content = store.put(attachment.bytes(), name);
            if (run.isKnown(content, described, batch)) {
                return Optional.empty();
            }
            ExtractedText text = text(content, name, batch);
            NewEvidence entry = entry(content, type, name, text);
            partlyRead(described, text).ifPresent(partly::add);
            return Optional.of(entry);
        } catch (ValidationException e) {
            run.refuse(described, e.getMessage());
            return Optional.empty();
        }
    }

    private ExtractedText text(StoredContent content, String name, AddRun.Batch batch) {
        try {
            return extractor.extract(
                    StoredContents.of(store, content.sha256(), content.size()), name, new FileProgress(run.progress()));
        } catch (RuntimeException e) {
            run.forget(content.sha256(), batch);
            throw e;
        }
    }

    private NewEvidence entry(StoredContent content, FileType type, String name, ExtractedText text) {
        DocumentGuess g = guess.guess(text.fullText(), name, hints(text));
        return GuessedFields.entry(content, type, name, text, g, kind);
    }

    private static DocumentHints hints(ExtractedText text) {
        var f = text.facts();
        return new DocumentHints(f.title(), f.author(), f.sender(), f.recipient(), f.subject(), f.date());
    }

    private static Optional<AddSummary.PartlyRead> partlyRead(String name, ExtractedText text) {
        return text.unreadablePages().isEmpty()
                ? Optional.empty()
                : Optional.of(new AddSummary.PartlyRead(name, text.unreadablePages()));
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
