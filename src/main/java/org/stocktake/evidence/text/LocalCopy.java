package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.shared.task.Progress;

/**
 * The content as a plain file, for readers that must jump about in it (PDF, zip) or hand it to another program:
 * the content's own file when it has one, else a copy in a private temporary folder that {@link #close()} deletes.
 * Copying streams, so the bytes are never all in memory.
 */
final class LocalCopy implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalCopy.class.getName());

    private final Path file;
    private final Path folder;

    private LocalCopy(Path file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    static LocalCopy of(Content content, String suffix, Progress progress) throws IOException {
        var own = content.file();
        if (own.isPresent()) {
            if (!Files.isReadable(own.get())) {
                throw new SourceReadException(new IOException("cannot read " + own.get()));
            }
            return new LocalCopy(own.get(), null);
        }
        Path folder = Files.createTempDirectory("stocktake-text");
        Path file = folder.resolve("content" + suffix);
        try (InputStream in = SourceReadException.open(content);
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                Cancellation.checkpoint(progress);
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            delete(folder, file);
            throw e;
        }
        return new LocalCopy(file, folder);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        if (folder != null) {
            delete(folder, file);
        }
    }

    static void delete(Path folder, Path... files) {
        try {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.log(Level.INFO, "A temporary file could not be deleted: " + folder, e);
        }
    }
}
