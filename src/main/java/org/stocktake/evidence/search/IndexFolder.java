package org.stocktake.evidence.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The index folder holds generations ({@code gen-1}, {@code gen-2}, ...) and a small file naming the current one.
 * A rebuild fills a new generation and then replaces that file in one atomic move, so a crash at any moment leaves
 * the old index or the new one in use, never half of one; a generation left behind is deleted on the next opening.
 */
final class IndexFolder {
    private static final String CURRENT = "current";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{1,9})");

    private final Path folder;

    IndexFolder(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
    }

    /** The generation in use, if the file naming it is readable and names a folder that exists. */
    Optional<String> current() {
        try {
            String name = Files.readString(folder.resolve(CURRENT), StandardCharsets.UTF_8)
                    .strip();
            if (GENERATION.matcher(name).matches() && Files.isDirectory(folder.resolve(name))) {
                return Optional.of(name);
            }
        } catch (IOException | RuntimeException e) {
            // A missing or garbled pointer means no usable index: the caller starts a new one.
        }
        return Optional.empty();
    }

    /** A generation number above every one in the folder, so a new index never reuses a crashed one's files. */
    String next() throws IOException {
        int highest = 0;
        try (Stream<Path> entries = Files.list(folder)) {
            highest = entries.map(p -> GENERATION.matcher(p.getFileName().toString()))
                    .filter(m -> m.matches())
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max()
                    .orElse(0);
        }
        return "gen-" + (highest + 1);
    }

    /**
     * Read through the file system's cache rather than mapped into the process: mapped, every part of the index a
     * search had touched counted as the program's own memory (about 200 MB of 220 with 10,000 letters open), though
     * the system holds those pages either way.
     */
    Directory open(String generation) throws IOException {
        return new NIOFSDirectory(folder.resolve(generation));
    }

    void makeCurrent(String generation) throws IOException {
        Path written = folder.resolve(CURRENT + ".new");
        Files.writeString(written, generation, StandardCharsets.UTF_8);
        IOUtils.fsync(written, false);
        try {
            Files.move(written, folder.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, folder.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            IOUtils.fsync(folder, true);
        } catch (IOException e) {
            // Some systems cannot sync a folder; the move itself is still atomic.
        }
    }

    /** Deletes every generation but {@code keep}; one still open elsewhere is left for the next opening. */
    void removeAllBut(String keep) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (GENERATION.matcher(name).matches() && !name.equals(keep)) {
                    delete(entry);
                }
            }
        } catch (IOException e) {
            // Left-overs only cost disk space; the next opening tries again.
        }
    }

    void delete(String generation) {
        delete(folder.resolve(generation));
    }

    private static void delete(Path tree) {
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // See removeAllBut: tried again next time.
                }
            });
        } catch (IOException e) {
            // As above.
        }
    }
}
