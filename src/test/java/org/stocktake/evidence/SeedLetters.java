package org.stocktake.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The panel's real letters, kept beside the project in {@code shared/seeds}, for tests to add to a library. */
public final class SeedLetters {

    private SeedLetters() {}

    /** The folder of the seeds. */
    public static Path folder() {
        return Path.of("").toAbsolutePath().getParent().resolve("shared").resolve("seeds");
    }

    /** Copies the five letters (not the folder's README) into {@code target}, which is created. */
    public static Path copyTo(Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(folder())) {
                for (Path seed : files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                        .toList()) {
                    Files.copy(seed, target.resolve(seed.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
