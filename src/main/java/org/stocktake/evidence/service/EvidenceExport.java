package org.stocktake.evidence.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.stocktake.evidence.text.PdfNotes;
import org.stocktake.shared.files.AtomicFile;
import org.stocktake.shared.store.ContentStore;

/**
 * A copy of a document for sending or reading elsewhere: clean (the stored bytes exactly as added) or with the
 * panel's notes (a PDF gains them as its own notes; any other document becomes a text file of its text followed by
 * the notes). The file is written whole or not at all.
 */
public final class EvidenceExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final EvidenceService evidence;
    private final Annotations annotations;
    private final ContentStore store;

    public EvidenceExport(EvidenceService evidence, Annotations annotations, ContentStore store) {
        this.evidence = evidence;
        this.annotations = annotations;
        this.store = store;
    }

    /** The document's bytes exactly as they were added, to read or draw; the caller closes the stream. */
    public InputStream original(long itemId) {
        return store.open(evidence.item(itemId).sha256());
    }

    /** The name a copy is offered under: the original's, or for notes on a non-PDF, the same with ".notes.txt". */
    public String suggestedName(EvidenceItem item, boolean withNotes) {
        return withNotes && !item.pdf() ? stem(item.fileName()) + ".notes.txt" : item.fileName();
    }

    /**
     * Writes the copy to {@code target}.
     *
     * @throws org.stocktake.shared.files.FileWriteException if the file cannot be written, with a sentence saying why
     */
    public void export(long itemId, Path target, boolean withNotes) {
        EvidenceItem item = evidence.item(itemId);
        if (!withNotes) {
            AtomicFile.write(target, out -> {
                try (InputStream in = store.open(item.sha256())) {
                    in.transferTo(out);
                }
            });
            return;
        }
        List<Anchored> notes = annotations.of(itemId);
        if (item.pdf()) {
            byte[] annotated;
            try (InputStream in = store.open(item.sha256())) {
                annotated = PdfNotes.withNotes(
                        in,
                        item.fileName(),
                        notes.stream()
                                .map(a -> new PdfNotes.Note(
                                        a.page(),
                                        a.annotation().quote(),
                                        a.annotation().note(),
                                        a.annotation().author(),
                                        a.annotation().createdAt()))
                                .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            AtomicFile.write(target, out -> out.write(annotated));
            return;
        }
        List<String> pages = evidence.pages(itemId);
        AtomicFile.write(
                target, out -> out.write(textWithNotes(item, pages, notes).getBytes(StandardCharsets.UTF_8)));
    }

    private static String textWithNotes(EvidenceItem item, List<String> pages, List<Anchored> notes) {
        StringBuilder text = new StringBuilder(item.title()).append('\n');
        if (!item.dateShown().isEmpty()) {
            text.append(item.dateShown()).append('\n');
        }
        for (int i = 0; i < pages.size(); i++) {
            text.append("\n--- page ")
                    .append(i + 1)
                    .append(" ---\n")
                    .append(pages.get(i))
                    .append('\n');
        }
        text.append("\n--- notes ---\n");
        if (notes.isEmpty()) {
            text.append("(none)\n");
        }
        for (Anchored a : notes) {
            text.append("\nPage ")
                    .append(a.page())
                    .append(": \u201c")
                    .append(a.annotation().quote())
                    .append("\u201d\n");
            if (!a.annotation().note().isEmpty()) {
                text.append(a.annotation().note()).append('\n');
            }
            text.append("\u2014 ")
                    .append(a.annotation().author())
                    .append(", ")
                    .append(DAY.format(a.annotation().createdAt()))
                    .append('\n');
        }
        return text.toString();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
