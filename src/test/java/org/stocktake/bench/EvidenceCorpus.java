package org.stocktake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The evidence benchmark's documents: {@code size} letters as PDFs of 9 to 11 A4 pages each, in the words councils
 * and improvement panels write, with names, dates, references and sums of money, so searches find some letters and
 * miss others. Letter {@code i} is the same in every corpus (its own seed), so the first thousand letters of a large
 * corpus are the small corpus. Kept between runs under a folder named by size and {@link #VERSION}: a second run
 * starts measuring at once. Made on both cores; making them is never timed.
 */
record EvidenceCorpus(Path folder, List<Path> files, int[] pages) {

    /** Raise when the letters change, so an old corpus on disk is not measured as the new one. */
    static final String VERSION = "1";

    private static final String MANIFEST = "manifest.txt";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float FONT_SIZE = 11;
    private static final float LEADING = 14;
    private static final float MARGIN = 72;

    /** The corpus of {@code size} letters under {@code root}, made first when it is not there whole. */
    static EvidenceCorpus of(Path root, int size) throws IOException, InterruptedException {
        Path folder = root.resolve("v" + VERSION + "-" + size).toAbsolutePath();
        Path letters = folder.resolve("letters");
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)
                || Files.readAllLines(manifest, StandardCharsets.UTF_8).size() != size) {
            ScratchFolder.delete(folder);
            Files.createDirectories(letters);
            make(letters, manifest, size);
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>(size);
        int[] pages = new int[size];
        for (int i = 0; i < size; i++) {
            String[] parts = lines.get(i).split(" ");
            files.add(letters.resolve(parts[0]));
            pages[i] = Integer.parseInt(parts[1]);
        }
        return new EvidenceCorpus(letters, List.copyOf(files), pages);
    }

    int size() {
        return files.size();
    }

    /** The pages in the first {@code count} files. */
    long pagesOfFirst(int count) {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += pages[i];
        }
        return total;
    }

    long totalPages() {
        return pagesOfFirst(files.size());
    }

    long bytes() throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }

    /** Reads every file once, so no contender is the first to read them from disk. */
    void warmFileCache() throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                while (in.read(buffer) >= 0) {
                    // only read
                }
            }
        }
    }

    private static void make(Path letters, Path manifest, int size) throws IOException, InterruptedException {
        byte[] font;
        try (InputStream in = EvidenceCorpus.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is not on the class path: " + FONT);
            }
            font = in.readAllBytes();
        }
        // Parsed once per thread, not per letter. Glyph substitution is off: PDFBox would otherwise look for
        // ligatures in every line shown, which makes a letter take a second to write instead of a few milliseconds.
        ThreadLocal<TrueTypeFont> fonts = ThreadLocal.withInitial(() -> {
            try {
                TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
                parsed.setEnableGsub(false);
                return parsed;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int[] pages = new int[size];
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int index = i;
                work.add(pool.submit(() -> {
                    pages[index] = write(letters.resolve(name(index)), index, fonts.get());
                    int finished = done.incrementAndGet();
                    if (finished % 500 == 0) {
                        EvidenceBenchmark.progress("made " + finished + " of " + size + " letters");
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A letter could not be made", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < size; i++) {
            lines.append(name(i)).append(' ').append(pages[i]).append('\n');
        }
        // Written last: a corpus without its manifest is half made and is made again.
        Files.writeString(manifest, lines, StandardCharsets.UTF_8);
        EvidenceBenchmark.progress(String.format(
                java.util.Locale.ROOT, "made %d letters in %.0f s", size, (System.nanoTime() - started) / 1e9));
    }

    private static String name(int index) {
        return String.format(java.util.Locale.ROOT, "letter-%05d.pdf", index + 1);
    }

    /** Writes letter {@code index} and returns its page count. */
    private static int write(Path file, int index, TrueTypeFont sans) {
        EvidenceLetter letter = new EvidenceLetter(new Random(31L * index + 7));
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, sans, true);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            List<String> lines = new ArrayList<>();
            for (String line : letter.opening()) {
                lines.add(line);
                lines.add("");
            }
            // Room left on the last page for the longest paragraph and the signature.
            while (lines.size() < letter.pagesWanted() * perPage - 20) {
                wrap(letter.paragraph(), font, width, lines);
                lines.add("");
            }
            lines.addAll(letter.closing());
            int pageCount = 0;
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                pageCount++;
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, FONT_SIZE);
                    text.setLeading(LEADING);
                    text.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        text.showText(line);
                        text.newLine();
                    }
                    text.endText();
                    text.beginText();
                    text.setFont(font, 9);
                    text.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 20, MARGIN / 2);
                    text.showText("Page " + pageCount);
                    text.endText();
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(letter.subject());
            info.setAuthor(letter.sender());
            document.save(file.toFile());
            return pageCount;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wrap(String paragraph, PDFont font, float width, List<String> lines) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
    }
}
