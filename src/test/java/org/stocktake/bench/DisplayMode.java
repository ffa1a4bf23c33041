package org.stocktake.bench;

import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * Where the benchmarks' windows go: on the X display named by DISPLAY (e.g. the one xvfb-run starts), else headless
 * with Monocle and software rendering. Deciding from DISPLAY alone keeps the harness, its child JVMs and the in-process
 * filter benchmark on the same kind of display.
 */
final class DisplayMode {

    /** The same switches the headless UI tests use (see headless.argLine in the pom). */
    private static final List<String> MONOCLE =
            List.of("glass.platform=Monocle", "monocle.platform=Headless", "prism.order=sw", "java.awt.headless=true");

    private DisplayMode() {}

    static boolean headless() {
        String display = System.getenv("DISPLAY");
        return display == null || display.isBlank();
    }

    static String describe() {
        return headless()
                ? "headless (Monocle, software rendering)"
                : "X display " + System.getenv("DISPLAY") + " (GTK)";
    }

    /** The -D flags a child JVM needs for this display mode. */
    static List<String> jvmFlags() {
        return headless() ? MONOCLE.stream().map(p -> "-D" + p).toList() : List.of();
    }

    /** Sets this JVM up for the display mode; call before the JavaFX toolkit starts. */
    static void applyHere() {
        if (headless()) {
            for (String property : MONOCLE) {
                String[] pair = property.split("=", 2);
                System.setProperty(pair[0], pair[1]);
            }
        }
    }

    /** Class-path entries of this JVM whose file name starts with {@code prefix}, e.g. the JavaFX or Monocle jars. */
    static List<String> ownClassPath(String prefix) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> new File(entry).getName().startsWith(prefix))
                .toList();
    }

    /** What a child needs on its class path beyond its own code: Monocle when headless, nothing otherwise. */
    static List<String> extraClassPath() {
        if (!headless()) {
            return List.of();
        }
        List<String> monocle = ownClassPath("openjfx-monocle");
        if (monocle.isEmpty()) {
            throw new IllegalStateException(
                    "No DISPLAY and no openjfx-monocle jar on the class path: run from .ci/bench");
        }
        return monocle;
    }
}
