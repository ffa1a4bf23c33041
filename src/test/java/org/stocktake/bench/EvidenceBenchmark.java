package org.stocktake.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence library at 1,000 and 10,000 letters of about ten pages (made by {@link EvidenceCorpus}), each size
 * measured in one run against its floors over the same PDFs:
 *
 * <ul>
 *   <li>import: {@code stocktake evidence add FOLDER} as a whole process into a new workspace (stored, text read,
 *       guessed, entered, indexed, committed), in pages per second, against bare PDFBox on every core in one process
 *       ({@link BarePdfExtraction}, goal: at least half its pages per second) and {@code pdftotext} run file by file
 *       as a user's shell loop would (goal: at least 3x its pages per second; timed over the first
 *       {@code evidence.pdftotextFiles} files, as its cost per file does not grow);
 *   <li>search: p50 and p95 over plain, all-words, phrase, prefix and misspelt searches with snippets, in a JVM of
 *       default settings on the imported workspace ({@link EvidenceSearchProbe}; goal: p95 under 20 ms at 10,000);
 *   <li>memory: that JVM's resident set with the library open after searching (goal: under 400 MB);
 *   <li>growth from the smallest size to the largest (goal: import linear, search flat).
 * </ul>
 *
 * A benchmark, not a test: it asserts no figure, it reports whether each goal was met. System properties:
 * {@code evidence.sizes} (default 1000,10000), {@code evidence.pdftotextFiles} (default 1000), {@code
 * evidence.searchRounds} (default 30), {@code evidence.corpus} (where letters are kept between runs, default
 * target/bench/evidence-corpus), {@code evidence.importJvmArgs} and {@code evidence.searchJvmArgs} (extra flags for the importing and the
 * searching JVM, e.g. a flight recording or a heap limit; none by default), {@code bench.jar}.
 */
public final class EvidenceBenchmark {

    static final double BARE_GOAL = 0.5;
    static final double PDFTOTEXT_GOAL = 3;
    static final double P95_GOAL_MS = 20;
    static final int P95_GOAL_SIZE = 10_000;
    static final double RSS_GOAL_MB = 400;
    /** Import counts as linear when its time per page at the largest size is within this of the smallest's. */
    static final double LINEAR_TOLERANCE = 1.25;
    /** Search counts as flat when its p95 at the largest size is within this of the smallest's. */
    static final double FLAT_TOLERANCE = 1.5;

    private EvidenceBenchmark() {}

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(
                        System.getProperty("evidence.sizes", "1000,10000").split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .sorted()
                .toArray();
        int pdftotextFiles = Integer.getInteger("evidence.pdftotextFiles", 1000);
        int searchRounds = Integer.getInteger("evidence.searchRounds", 30);
        Path corpusRoot = Path.of(System.getProperty("evidence.corpus", "target/bench/evidence-corpus"));
        Path jar =
                Path.of(System.getProperty("bench.jar", "target/stocktake.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -DskipTests package first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<EvidenceFigures> figures = new ArrayList<>();
        for (int size : sizes) {
            EvidenceCorpus corpus = EvidenceCorpus.of(corpusRoot, size);
            figures.add(measure(corpus, java, jar, Math.min(size, pdftotextFiles), searchRounds));
        }
        EvidenceReport.print(figures);
    }

    private static EvidenceFigures measure(EvidenceCorpus corpus, String java, Path jar, int pdftotextFiles, int rounds)
            throws IOException, InterruptedException {
        int size = corpus.size();
        long pages = corpus.totalPages();
        long timeout = 600 + size * 3L;
        progress(size + " letters, " + pages + " pages, " + corpus.bytes() / (1024 * 1024) + " MB");
        corpus.warmFileCache();
        Path scratch = ScratchFolder.create("stocktake-evidence-bench-");
        try {
            List<String> bare = List.of(
                    java,
                    "-cp",
                    ownClassPath(),
                    BarePdfExtraction.class.getName(),
                    corpus.folder().toString());
            List<Double> bareMs = new ArrayList<>();
            List<Double> bareReadingMs = new ArrayList<>();
            timedBare(bare, scratch, timeout, pages, bareMs, bareReadingMs);

            Path texts = Files.createDirectories(scratch.resolve("pdftotext"));
            long started = System.nanoTime();
            for (Path file : corpus.files().subList(0, pdftotextFiles)) {
                pdftotext(file, texts.resolve(file.getFileName() + ".txt"));
            }
            double pdftotextMs = (System.nanoTime() - started) / 1e6;
            long pdftotextPages = corpus.pagesOfFirst(pdftotextFiles);
            progress(String.format(
                    Locale.ROOT,
                    "pdftotext, %d files one by one: %.1f s, %.0f pages/s",
                    pdftotextFiles,
                    pdftotextMs / 1000,
                    pdftotextPages / (pdftotextMs / 1000)));

            Path workspace = scratch.resolve("workspace");
            EvidenceProcess.run(
                    List.of(java, "-jar", jar.toString(), "init", "--demo", workspace.toString()), scratch, 120);
            List<String> add = new ArrayList<>(List.of(java));
            add.addAll(flags("evidence.importJvmArgs"));
            add.addAll(List.of(
                    "-jar",
                    jar.toString(),
                    "--data",
                    workspace.toString(),
                    "evidence",
                    "add",
                    corpus.folder().toString()));
            EvidenceProcess imported = EvidenceProcess.run(add, scratch, timeout);
            long added = imported.output()
                    .lines()
                    .filter(l -> l.startsWith("  added "))
                    .count();
            if (added != size) {
                throw new IllegalStateException("The import added " + added + " of " + size + " letters:\n"
                        + imported.output()
                                .lines()
                                .filter(l -> !l.startsWith("  added "))
                                .toList());
            }
            progress(String.format(
                    Locale.ROOT,
                    "stocktake evidence add: %.1f s, %.0f pages/s, peak RSS %d MB",
                    imported.ms() / 1000,
                    pages / (imported.ms() / 1000),
                    imported.peakKb() / 1024));

            timedBare(bare, scratch, timeout, pages, bareMs, bareReadingMs);

            List<String> probe = new ArrayList<>(List.of(java));
            probe.addAll(flags("evidence.searchJvmArgs"));
            probe.addAll(List.of(
                    "-cp",
                    jar + File.pathSeparator + ownClassPath(),
                    EvidenceSearchProbe.class.getName(),
                    workspace.toString(),
                    String.valueOf(rounds),
                    String.valueOf(rounds)));
            EvidenceProcess searched = EvidenceProcess.run(probe, scratch, timeout);
            Map<String, String> values = searched.values();
            progress("search: p50 " + values.get("p50-ms") + " ms, p95 " + values.get("p95-ms") + " ms, RSS "
                    + Long.parseLong(values.get("rss-kb")) / 1024 + " MB");
            return new EvidenceFigures(
                    size,
                    pages,
                    imported.ms(),
                    imported.peakKb(),
                    Stats.of(bareMs),
                    Stats.of(bareReadingMs),
                    pdftotextFiles,
                    pdftotextPages,
                    pdftotextMs,
                    values,
                    Files.size(workspace.resolve("stocktake.mv.db")),
                    folderBytes(workspace.resolve("index")));
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    /** Runs the bare floor once, adding its wall time and its time reading alone (in ms) to the lists. */
    private static void timedBare(
            List<String> command, Path scratch, long timeout, long pages, List<Double> wall, List<Double> reading)
            throws IOException, InterruptedException {
        EvidenceProcess run = EvidenceProcess.run(command, scratch, timeout);
        String counted = run.values().get("pages");
        if (!String.valueOf(pages).equals(counted)) {
            throw new IllegalStateException("Bare PDFBox read other pages than the corpus holds: " + run.output());
        }
        wall.add(run.ms());
        reading.add(Double.parseDouble(run.values().get("reading-ms")));
        progress(String.format(
                Locale.ROOT, "bare PDFBox: %.1f s, %.0f pages/s", run.ms() / 1000, pages / (run.ms() / 1000)));
    }

    /** The extra JVM flags a system property names, separated by spaces; none by default, as a user runs it. */
    private static List<String> flags(String property) {
        String extra = System.getProperty(property, "").strip();
        return extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
    }

    /** One file as a shell loop runs it: a process per file, waited for before the next. */
    private static void pdftotext(Path file, Path text) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", file.toString(), text.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pdftotext failed on " + file);
        }
    }

    private static long folderBytes(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return -1;
        }
        try (var paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    /** This benchmark's classes and the test class path it was started with (PDFBox for the bare floor). */
    private static String ownClassPath() {
        try {
            String own = Path.of(EvidenceBenchmark.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
            List<String> entries = new ArrayList<>();
            entries.add(own);
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (entry.contains("pdfbox") || entry.contains("fontbox") || entry.contains("commons-logging")) {
                    entries.add(entry);
                }
            }
            return String.join(File.pathSeparator, entries);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void progress(String message) {
        System.err.println("[evidence] " + message);
    }
}
