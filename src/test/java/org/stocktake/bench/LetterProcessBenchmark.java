package org.stocktake.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Exporting and signing a letter as a whole process: {@code stocktake letter export ID --sign} on the demo's
 * twelve-month letter, beside a bare program that typesets the same words with PDFBox and signs them with
 * BouncyCastle, started on the same runtime, the two alternating. Not a test: it prints figures.
 */
public final class LetterProcessBenchmark {

    private static final double GOAL = 1.5;
    private static final long TIMEOUT_SECONDS = 120;
    private static final Map<String, String> KEYSTORE = Map.of("STOCKTAKE_KEYSTORE_PASSWORD", "bench-password");

    private LetterProcessBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = Integer.getInteger("bench.runs", 9);
        Path jar =
                Path.of(System.getProperty("bench.jar", "target/stocktake.jar")).toAbsolutePath();
        Path scratch = ScratchFolder.create("stocktake-letter-bench-");
        try {
            InstalledImage image = InstalledImage.fromProperty();
            List<String> java = new ArrayList<>();
            List<String> stocktake = new ArrayList<>();
            if (image == null) {
                java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                stocktake.addAll(java);
                stocktake.addAll(List.of("-jar", jar.toString()));
            } else {
                java.add(image.java().toString());
                java.addAll(image.runtimeOptions());
                stocktake.add(image.launcher().toString());
            }
            Path workspace = scratch.resolve("workspace");
            Path keystore = scratch.resolve("chair.p12");
            run(concat(stocktake, "init", "--demo", workspace.toString()), scratch);
            run(
                    concat(stocktake, "pdf", "certificate", "--name", "John Crabtree", "--out", keystore.toString()),
                    scratch);
            Path ours = scratch.resolve("ours.pdf");
            List<String> app = concat(
                    stocktake,
                    "--data",
                    workspace.toString(),
                    "letter",
                    "export",
                    "1",
                    "--out",
                    ours.toString(),
                    "--force",
                    "--sign",
                    keystore.toString(),
                    "--alias",
                    "signing");
            run(app, scratch);
            // The bare program sets the very words the letter holds, paragraph by paragraph.
            Path words = scratch.resolve("words.txt");
            Files.writeString(words, paragraphs(ours));
            Path bare = scratch.resolve("bare.pdf");
            List<String> floor = concat(
                    java,
                    "-cp",
                    absoluteClassPath(),
                    LetterExportBenchmark.class.getName(),
                    "--bare-once",
                    bare.toString(),
                    keystore.toString(),
                    "signing",
                    words.toString());
            run(floor, scratch);
            List<Double> apps = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                floors.add(run(floor, scratch));
                apps.add(run(app, scratch));
                System.err.printf(
                        Locale.ROOT,
                        "[letter] run %d/%d: bare %.0f ms, app %.0f ms%n",
                        i,
                        runs,
                        floors.get(i - 1),
                        apps.get(i - 1));
            }
            report(runs, Stats.of(floors), Stats.of(apps), image, pages(ours), pages(bare));
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    /** This process's class path, whose entries may be relative, for a child started in another folder. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String paragraphs(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd(System.lineSeparator() + System.lineSeparator());
            return stripper.getText(document);
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private static double run(List<String> command, Path directory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        directory.resolve("output.txt").toFile()));
        builder.environment().putAll(KEYSTORE);
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Exited " + process.exitValue() + ": " + command + "\n"
                    + Files.readString(directory.resolve("output.txt")));
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static List<String> concat(List<String> start, String... rest) {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of(rest));
        return command;
    }

    private static void report(int runs, Stats floor, Stats app, InstalledImage image, int ourPages, int barePages) {
        double ratio = app.median() / floor.median();
        System.out.println("LETTER: export and sign as a whole process, " + runs + " runs each, alternating");
        System.out.println("  Stocktake: " + (image == null ? "java -jar, on this JDK" : image.describe()));
        System.out.printf(
                Locale.ROOT,
                "  pages: Stocktake's letter %d, the bare program's %d (the same words)%n",
                ourPages,
                barePages);
        System.out.println("  ms, process start to exit                  median    min    max");
        System.out.printf(
                Locale.ROOT,
                "  %-40s %7.0f %6.0f %6.0f%n",
                "bare PDFBox + BouncyCastle",
                floor.median(),
                floor.min(),
                floor.max());
        System.out.printf(
                Locale.ROOT,
                "  %-40s %7.0f %6.0f %6.0f%n",
                "stocktake letter export --sign",
                app.median(),
                app.min(),
                app.max());
        System.out.printf(
                Locale.ROOT,
                "  ratio app/bare (medians): %.2f  goal <= %.1f: %s%n",
                ratio,
                GOAL,
                ratio <= GOAL ? "MET" : String.format(Locale.ROOT, "MISSED by %.0f%%", (ratio / GOAL - 1) * 100));
    }
}
