package org.stocktake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.testing.TestWorkspaces;

/**
 * The filter benchmark's workspace: the demo plus one review of {@code size} generated recommendations. Writing them
 * through {@code createAll} takes minutes (each insert re-reads the review's rows), so the result is kept under
 * {@code bench.cacheDir} (target/bench) and copied for each run; bump {@link #CORPUS} when the corpus changes.
 */
final class FilterWorkspace {

    private static final String CORPUS = "v1";

    private FilterWorkspace() {}

    /** A fresh copy of the workspace in a scratch folder of its own. */
    static Path prepare(int size) throws IOException {
        Path cache = Path.of(System.getProperty("bench.cacheDir", "target/bench"));
        Path template = cache.resolve("filter-workspace-" + CORPUS + "-" + size);
        if (!Files.isDirectory(template)) {
            Files.createDirectories(cache);
            Path building = ScratchFolder.create("stocktake-filter-template-");
            long start = System.nanoTime();
            try (AppContext context = TestWorkspaces.open(building, Clock.systemDefaultZone())) {
                context.recommendations()
                        .createAll(
                                new ReviewDraft("bench-framework", "A large improvement framework", null, null, null),
                                true,
                                RecommendationCorpus.drafts(size));
            }
            System.err.printf(
                    Locale.ROOT,
                    "[filter] %,d recommendations written with createAll in %.1f s (kept in %s for later runs)%n",
                    size,
                    (System.nanoTime() - start) / 1e9,
                    template);
            // Copied beside it and then renamed, so an interrupted run never leaves half a template behind.
            Path partial = cache.resolve(template.getFileName() + ".partial");
            ScratchFolder.delete(partial);
            copy(building, partial);
            Files.move(partial, template, StandardCopyOption.ATOMIC_MOVE);
            ScratchFolder.delete(building);
        }
        Path copy = ScratchFolder.create("stocktake-filter-bench-");
        copy(template, copy);
        return copy;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
