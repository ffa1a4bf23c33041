package org.stocktake.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stocktake.app.AppContext;
import org.stocktake.app.HeapReturn;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.search.SearchResult;
import org.stocktake.evidence.service.EvidenceSearch;

/**
 * The search half of the evidence benchmark, run in a JVM of its own with default settings as a user's would be:
 * opens the workspace an import made, searches it with plain words, words that must all appear, quoted phrases,
 * prefixes and misspellings (each hit with its highlighted snippet), and reports the latency of every search and the
 * process's resident memory with the library open, right after searching and after 15 s unused. Prints {@code
 * key=value} lines for {@link EvidenceBenchmark}.
 * Usage: EvidenceSearchProbe WORKSPACE [ROUNDS [WARM_UP_ROUNDS]]
 */
public final class EvidenceSearchProbe {

    /** What a panel member types, by kind; the kind is reported with its own p50 and p95. */
    static final Map<String, List<String>> QUERIES = queries();

    /** Longer than the idle time after which the collector is told to collect. */
    private static final long IDLE_MS = 15_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EvidenceSearchProbe() {}

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        // Enough for the compiler to settle, so the figures are those of a library in use, not of its first minute.
        int warmUpRounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        // As the jar's launcher starts: the default collector told to give back what it holds empty once idle.
        HeapReturn.whenIdle();
        long opening = System.nanoTime();
        try (AppContext context = AppContext.open(workspace, Clock.systemUTC())) {
            System.out.printf(Locale.ROOT, "open-ms=%.0f%n", (System.nanoTime() - opening) / 1e6);
            long reconciling = System.nanoTime();
            EvidenceSearch search = context.evidenceSearch();
            // An import leaves the index up to date, so this should be a comparison of ids and no indexing.
            search.reconcile(org.stocktake.shared.task.Progress.NONE);
            System.out.printf(Locale.ROOT, "reconcile-ms=%.0f%n", (System.nanoTime() - reconciling) / 1e6);
            SearchResult first = search.search(SearchQuery.of("budget"));
            System.out.printf(Locale.ROOT, "first-search-ms=%.0f%n", (System.nanoTime() - opening) / 1e6);
            System.out.println("budget-items=" + first.totalItems());
            for (int i = 0; i < warmUpRounds; i++) {
                runAll(search, null, null);
            }
            Map<String, List<Double>> byKind = new LinkedHashMap<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                runAll(search, byKind, cpu);
            }
            List<Double> all = new ArrayList<>();
            byKind.forEach((kind, times) -> {
                all.addAll(times);
                Stats stats = Stats.of(times);
                System.out.printf(
                        Locale.ROOT,
                        "kind.%s=%.2f %.2f %.2f%n",
                        kind,
                        stats.median(),
                        stats.percentile(95),
                        stats.max());
            });
            Stats stats = Stats.of(all);
            System.out.printf(Locale.ROOT, "p50-ms=%.2f%n", stats.median());
            System.out.printf(Locale.ROOT, "p95-ms=%.2f%n", stats.percentile(95));
            System.out.printf(Locale.ROOT, "max-ms=%.2f%n", stats.max());
            System.out.println("searches=" + stats.count());
            // The searching thread's own CPU time: on a machine shared with other work, the wall time also counts
            // waiting for a core, and this does not.
            Stats cpuStats = Stats.of(cpu);
            System.out.printf(Locale.ROOT, "cpu-p50-ms=%.2f%n", cpuStats.median());
            System.out.printf(Locale.ROOT, "cpu-p95-ms=%.2f%n", cpuStats.percentile(95));
            for (List<String> texts : QUERIES.values()) {
                for (String text : texts) {
                    SearchResult result = search.search(SearchQuery.of(text));
                    System.out.println("hits." + text.replace(' ', '_') + "=" + result.totalItems());
                }
            }
            // With the library still open, after the searches: what the user's computer gives it.
            System.out.println("rss-kb=" + status("VmRSS"));
            System.out.println("hwm-kb=" + status("VmHWM"));
            Runtime runtime = Runtime.getRuntime();
            System.out.println("heap-used-kb=" + (runtime.totalMemory() - runtime.freeMemory()) / 1024);
            System.out.println("heap-max-kb=" + runtime.maxMemory() / 1024);
            // And once the library has sat open and unused for a while, as it mostly does while a person reads.
            Thread.sleep(IDLE_MS);
            System.out.println("rss-idle-kb=" + status("VmRSS"));
        }
    }

    private static void runAll(EvidenceSearch search, Map<String, List<Double>> byKind, List<Double> cpu) {
        QUERIES.forEach((kind, texts) -> {
            for (String text : texts) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                SearchResult result = search.search(SearchQuery.of(text));
                double ms = (System.nanoTime() - start) / 1e6;
                double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                if (result.hits().isEmpty() && result.didYouMean().isEmpty()) {
                    throw new IllegalStateException("No hits for " + text + ": the corpus does not fit the queries");
                }
                if (byKind != null) {
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms);
                    cpu.add(cpuMs);
                }
            }
        });
    }

    /** A figure in kB from /proc/self/status, or -1 where there is none. */
    static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }

    private static Map<String, List<String>> queries() {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("plain", List.of("budget", "safeguarding", "Kerslake", "Fairbairn"));
        queries.put("and", List.of("housing revenue", "scrutiny residents", "Crabtree overspend"));
        queries.put("phrase", List.of("\"medium-term financial plan\"", "\"improvement board\""));
        queries.put("prefix", List.of("strat*", "regen*"));
        queries.put("fuzzy", List.of("Crabbree", "finacial", "safegaurding"));
        return queries;
    }
}
