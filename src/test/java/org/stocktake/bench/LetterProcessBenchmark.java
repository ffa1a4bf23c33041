package org.stocktake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Map<String, String> KEYSTORE = Map.of("STOCKTAKE_KEYSTORE_PASSWORD", "bench-password");

    private LetterProcessBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = Integer.getInteger("bench.runs", 9);
        Path scratch = ScratchFolder.create("stocktake-letter-bench-");
        try {
            InstalledImage image = InstalledImage.fromProperty();
            List<String> java = WholeProcess.floorJava(image);
            List<String> stocktake = WholeProcess.stocktake(image);
            Path workspace = scratch.resolve("workspace");
            Path keystore = scratch.resolve("chair.p12");
            WholeProcess.time(
                    WholeProcess.concat(stocktake, "init", "--demo", workspace.toString()), scratch, KEYSTORE);
            WholeProcess.time(
                    WholeProcess.concat(
                            stocktake, "pdf", "certificate", "--name", "John Crabtree", "--out", keystore.toString()),
                    scratch,
                    KEYSTORE);
            Path ours = scratch.resolve("ours.pdf");
            List<String> app = WholeProcess.concat(
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
            WholeProcess.time(app, scratch, KEYSTORE);
            // The bare program sets the very words the letter holds, paragraph by paragraph.
            Path words = scratch.resolve("words.txt");
            Files.writeString(words, paragraphs(ours));
            Path bare = scratch.resolve("bare.pdf");
            List<String> floor = WholeProcess.concat(
                    java,
                    "-cp",
                    WholeProcess.absoluteClassPath(),
                    LetterExportBenchmark.class.getName(),
                    "--bare-once",
                    bare.toString(),
                    keystore.toString(),
                    "signing",
                    words.toString());
            WholeProcess.time(floor, scratch, KEYSTORE);
            List<Double> apps = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                floors.add(WholeProcess.time(floor, scratch, KEYSTORE));
                apps.add(WholeProcess.time(app, scratch, KEYSTORE));
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

    private static void report(int runs, Stats floor, Stats app, InstalledImage image, int ourPages, int barePages) {
        System.out.println("LETTER: export and sign as a whole process, " + runs + " runs each, alternating");
        System.out.println("  Stocktake: " + (image == null ? "java -jar, on this JDK" : image.describe()));
        System.out.printf(
                Locale.ROOT,
                "  pages: Stocktake's letter %d, the bare program's %d (the same words)%n",
                ourPages,
                barePages);
        WholeProcess.printPair("bare PDFBox + BouncyCastle", floor, "stocktake letter export --sign", app, GOAL);
    }
}
