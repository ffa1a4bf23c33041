package org.stocktake.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stocktake as installed: an app image built by {@code installer/app-image}, started by its own launcher on its own
 * runtime. Its floors run on that same runtime with the launcher's memory and access options, so only what runs
 * differs, not the JDK or the collector. Named by the property {@code bench.image}.
 */
record InstalledImage(
        Path launcher, Path commandLauncher, Path java, List<String> runtimeOptions, boolean hasClassData) {

    /** The image named by {@code bench.image}, or null when none is. */
    static InstalledImage fromProperty() {
        String folder = System.getProperty("bench.image", "").strip();
        return folder.isEmpty() ? null : of(Path.of(folder).toAbsolutePath());
    }

    static InstalledImage of(Path image) {
        Path launcher = image.resolve("bin").resolve("Stocktake");
        Path commandLauncher = image.resolve("bin").resolve("stocktake-cli");
        Path java = image.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        Path app = image.resolve("lib").resolve("app");
        if (!Files.isExecutable(launcher) || !Files.isExecutable(commandLauncher) || !Files.isExecutable(java)) {
            throw new IllegalStateException(image + " is not an app image made by installer/app-image");
        }
        try (Stream<String> lines = Files.lines(app.resolve("Stocktake.cfg"))) {
            // The collector and access options, not the cache: the floors have no classes of ours to cache.
            List<String> options = lines.filter(line -> line.startsWith("java-options="))
                    .map(line -> line.substring("java-options=".length()))
                    .filter(option -> !option.startsWith("-XX:AOTCache")
                            && !option.startsWith("-Xlog")
                            && !option.startsWith("-Djpackage"))
                    .toList();
            boolean caches = Files.isRegularFile(app.resolve("stocktake.aot"))
                    && Files.isRegularFile(app.resolve("stocktake-cli.aot"));
            return new InstalledImage(launcher, commandLauncher, java, options, caches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String describe() {
        return "installed app image (" + launcher.getParent().getParent().getFileName() + ", its own runtime, "
                + (hasClassData ? "with" : "without") + " its launchers' ahead-of-time caches)";
    }
}
