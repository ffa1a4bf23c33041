package org.stocktake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The library's own limit for the evidence import: PDFBox alone, in one process on every core, reading the text of
 * every page of every PDF in a folder page by page, with the stripper set as Stocktake sets it (sorted by position),
 * and nothing else: no store, no database, no index. Prints {@code files=N}, {@code pages=N}, {@code chars=N} and {@code reading-ms=N}, a line each. Usage:
 * BarePdfExtraction FOLDER [THREADS]
 */
public final class BarePdfExtraction {

    private BarePdfExtraction() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = args.length > 1
                ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> counts = new ArrayList<>();
            for (Path file : files) {
                counts.add(pool.submit(() -> read(file)));
            }
            long pages = 0;
            long chars = 0;
            for (Future<long[]> count : counts) {
                pages += count.get()[0];
                chars += count.get()[1];
            }
            System.out.println("files=" + files.size() + "\npages=" + pages + "\nchars=" + chars);
            // Without the JVM's start, which the harness's wall time counts: how much of it is fixed cost.
            System.out.println("reading-ms=" + (System.nanoTime() - started) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The file's page count and the characters of text read from it. */
    private static long[] read(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int pageCount = document.getNumberOfPages();
            long chars = 0;
            for (int page = 1; page <= pageCount; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                chars += stripper.getText(document).strip().length();
            }
            return new long[] {pageCount, chars};
        }
    }
}
