package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A file on disk read as it is. */
record FileContent(Path path) implements Content {

    FileContent {
        Objects.requireNonNull(path, "path");
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(path);
    }
}
