package org.stocktake.evidence.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.stocktake.shared.task.Progress;

/**
 * Times the index on generated letters: {@code SearchIndexBenchmark 1000 10000} indexes each number of items of about
 * ten pages into a temporary folder, then runs a fixed set of plain, phrase, prefix and fuzzy searches (with their
 * snippets) and prints the index time and the searches' median and 95th percentile latency. Not a test.
 */
public final class SearchIndexBenchmark {
    private static final String[] WORDS = ("the council panel improvement review of and to in a for on with that this "
                    + "is was be by as are it at from we our services children housing budget governance cabinet "
                    + "leader chief executive officer director report letter minister secretary state progress "
                    + "assurance plan strategy finance savings partnership city district committee members scrutiny "
                    + "culture change performance staff workforce residents community consultation meeting agenda "
                    + "minutes recommendation recommendations evidence stocktake capacity capability leadership "
                    + "transformation priorities delivery risk audit accounts spending reduction homes schools "
                    + "safeguarding social care adult waste collection transport economy jobs growth business rates "
                    + "devolution combined authority neighbourhood ward councillors elections boundary review "
                    + "timetable milestone action update response concerns welcome noted agreed")
            .split(" ");
    private static final String[] NAMES = {
        "Kerslake", "Crabtree", "Rogers", "Clancy", "Ward", "Brokenshire", "Pickles", "Jenkins", "Bore", "Hamilton"
    };
    private static final String[] KINDS = {"LETTER_IN", "LETTER_OUT", "REPORT", "MINUTES", "BUDGET"};
    private static final List<String> SEARCHES = List.of(
            "housing",
            "budget consultation",
            "children services improvement",
            "Kerslake",
            "\"improvement panel\"",
            "\"chief executive\" governance",
            "kersl*",
            "Crabtre",
            "governnce",
            "Birmingam council savings");

    private SearchIndexBenchmark() {}

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0
                ? new int[] {1_000, 10_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            run(size);
        }
    }

    private static void run(int items) throws IOException {
        Path folder = Files.createTempDirectory("search-benchmark");
        try {
            long start = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder)) {
                index.rebuild(IntStream.range(0, items).mapToObj(SearchIndexBenchmark::letter), items, Progress.NONE);
            }
            double indexSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder)) {
                double openMillis = (System.nanoTime() - start) / 1e6;
                System.out.printf(
                        "%,d items (%,d pages): indexed in %.1f s, %,d MB on disk; reopened and checked in %.0f ms%n",
                        items, items * 10L, indexSeconds, size(folder) >> 20, openMillis);
                long first = System.nanoTime();
                index.search(SearchQuery.of(SEARCHES.get(0)));
                System.out.printf("  first search after opening: %.1f ms%n", (System.nanoTime() - first) / 1e6);
                time(index, 50);
                long[][][] both = time(index, 30);
                report("wall-clock", both[0]);
                report("CPU time of the searching thread (less sensitive to a busy machine)", both[1]);
                for (String search : SEARCHES) {
                    System.out.printf(
                            "  %-32s %,6d items%n",
                            search, index.search(SearchQuery.of(search)).totalItems());
                }
            }
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Each search's wall-clock and CPU times, {@code rounds} of each, the searches interleaved. */
    private static long[][][] time(SearchIndex index, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][][] nanos = new long[2][SEARCHES.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < SEARCHES.size(); i++) {
                long start = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                index.search(SearchQuery.of(SEARCHES.get(i)));
                nanos[1][i][round] = threads.getCurrentThreadCpuTime() - cpu;
                nanos[0][i][round] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static void report(String what, long[][] nanos) {
        long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(
                "  %s, %d searches with snippets: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what, all.length, percentile(all, 0.5), percentile(all, 0.95), percentile(all, 1));
        StringBuilder each = new StringBuilder("   ");
        for (int i = 0; i < SEARCHES.size(); i++) {
            long[] one = nanos[i].clone();
            Arrays.sort(one);
            each.append(String.format(" %s %.1f/%.1f;", SEARCHES.get(i), percentile(one, 0.5), percentile(one, 0.95)));
        }
        System.out.println(each.append(" (p50/p95 ms)"));
    }

    private static double percentile(long[] sorted, double fraction) {
        int at = (int) Math.min(sorted.length - 1, Math.floor(sorted.length * fraction));
        return sorted[at] / 1e6;
    }

    /** A letter of ten pages of about 300 words, common words far more often than rare ones, with some OCR noise. */
    private static IndexedItem letter(int n) {
        Random random = new Random(n);
        List<IndexedPage> pages = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            StringBuilder text = new StringBuilder();
            for (int word = 0; word < 300; word++) {
                String next = random.nextInt(40) == 0
                        ? NAMES[random.nextInt(NAMES.length)]
                        : WORDS[(int) (WORDS.length * Math.pow(random.nextDouble(), 2))];
                if (random.nextInt(100) == 0 && next.length() > 4) {
                    int at = 1 + random.nextInt(next.length() - 2);
                    next = next.substring(0, at) + (char) ('a' + random.nextInt(26)) + next.substring(at + 1);
                }
                text.append(next).append(word % 15 == 14 ? ".\n" : " ");
            }
            pages.add(new IndexedPage(page, text.toString()));
        }
        String title = "Letter " + n + " on " + WORDS[random.nextInt(WORDS.length)];
        return new IndexedItem(
                n,
                title,
                "letter-" + n + ".pdf",
                KINDS[n % KINDS.length],
                LocalDate.of(2015, 1, 1).plusDays(n % 1500),
                List.of("tag" + n % 7),
                List.of(NAMES[n % NAMES.length]),
                Set.of((long) n % 11),
                pages,
                List.of());
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
