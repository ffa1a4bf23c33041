package org.stocktake.bench;

import static org.stocktake.bench.EvidenceBenchmark.BARE_GOAL;
import static org.stocktake.bench.EvidenceBenchmark.FLAT_TOLERANCE;
import static org.stocktake.bench.EvidenceBenchmark.LINEAR_TOLERANCE;
import static org.stocktake.bench.EvidenceBenchmark.P95_GOAL_MS;
import static org.stocktake.bench.EvidenceBenchmark.P95_GOAL_SIZE;
import static org.stocktake.bench.EvidenceBenchmark.PDFTOTEXT_GOAL;
import static org.stocktake.bench.EvidenceBenchmark.RSS_GOAL_MB;

import java.util.List;
import java.util.Locale;

/** The evidence benchmark's report: each size's figures against the goals, then how they grow between sizes. */
final class EvidenceReport {

    private EvidenceReport() {}

    static void print(List<EvidenceFigures> all) {
        System.out.println("EVIDENCE LIBRARY - generated letters of 9 to 11 pages, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        for (EvidenceFigures f : all) {
            System.out.printf(
                    Locale.ROOT,
                    "  %,d letters, %,d pages (database %.0f MB, index %.0f MB)%n",
                    f.size(),
                    f.pages(),
                    f.databaseBytes() / 1048576.0,
                    f.indexBytes() / 1048576.0);
            line(
                    "import (stocktake evidence add)",
                    "%7.0f pages/s  %7.1f s, peak RSS %.0f MB",
                    f.importPagesPerSecond(),
                    f.importMs() / 1000,
                    f.importPeakKb() / 1024.0);
            line(
                    "bare PDFBox, all cores",
                    "%7.0f pages/s  %7.1f s (median of %d; %.1f-%.1f s)",
                    f.barePagesPerSecond(),
                    f.bareMs().median() / 1000,
                    f.bareMs().count(),
                    f.bareMs().min() / 1000,
                    f.bareMs().max() / 1000);
            line(
                    "  reading alone (no JVM start)",
                    "%7.0f pages/s  %7.1f s",
                    f.pages() / (f.bareReadingMs().median() / 1000),
                    f.bareReadingMs().median() / 1000);
            line(
                    "pdftotext, a process per file",
                    "%7.0f pages/s  %7.1f s over the first %,d files",
                    f.pdftotextPagesPerSecond(),
                    f.pdftotextMs() / 1000,
                    f.pdftotextFiles());
            double bare = f.importPagesPerSecond() / f.barePagesPerSecond();
            goal("import/bare PDFBox", bare, ">=", BARE_GOAL, bare >= BARE_GOAL, bare / BARE_GOAL);
            double pdftotext = f.importPagesPerSecond() / f.pdftotextPagesPerSecond();
            goal(
                    "import/pdftotext",
                    pdftotext,
                    ">=",
                    PDFTOTEXT_GOAL,
                    pdftotext >= PDFTOTEXT_GOAL,
                    pdftotext / PDFTOTEXT_GOAL);
            line(
                    "search (" + f.search().get("searches") + " searches)",
                    "p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                    f.p50(),
                    f.p95(),
                    Double.parseDouble(f.search().get("max-ms")));
            line(
                    "  searching thread's CPU time",
                    "p50 %s ms, p95 %s ms (without waiting for a core)",
                    f.search().get("cpu-p50-ms"),
                    f.search().get("cpu-p95-ms"));
            line(
                    "  first search in a new JVM",
                    "%s ms (opening %s ms, index checked against the library %s ms)",
                    f.search().get("first-search-ms"),
                    f.search().get("open-ms"),
                    f.search().get("reconcile-ms"));
            for (String kind : EvidenceSearchProbe.QUERIES.keySet()) {
                String[] times = f.search().get("kind." + kind).split(" ");
                line(
                        "  " + kind + " " + EvidenceSearchProbe.QUERIES.get(kind),
                        "p50 %s ms, p95 %s ms",
                        times[0],
                        times[1]);
            }
            String scope = f.size() >= P95_GOAL_SIZE
                    ? ""
                    : String.format(Locale.ROOT, " (the goal is set at %,d)", P95_GOAL_SIZE);
            goal("search p95 ms" + scope, f.p95(), "<", P95_GOAL_MS, f.p95() < P95_GOAL_MS, P95_GOAL_MS / f.p95());
            goal("RSS MB, library open", f.rssMb(), "<", RSS_GOAL_MB, f.rssMb() < RSS_GOAL_MB, RSS_GOAL_MB / f.rssMb());
            line(
                    "  (RSS after 15 s unused)",
                    "%.0f MB",
                    Long.parseLong(f.search().get("rss-idle-kb")) / 1024.0);
            line(
                    "  (heap used/max)",
                    "%.0f / %.0f MB",
                    Long.parseLong(f.search().get("heap-used-kb")) / 1024.0,
                    Long.parseLong(f.search().get("heap-max-kb")) / 1024.0);
        }
        if (all.size() > 1) {
            growth(all.get(0), all.get(all.size() - 1));
        }
    }

    private static void growth(EvidenceFigures small, EvidenceFigures large) {
        System.out.printf(Locale.ROOT, "  growth from %,d to %,d letters%n", small.size(), large.size());
        double pages = (double) large.pages() / small.pages();
        double time = large.importMs() / small.importMs();
        double perPage = time / pages;
        line("import time", "x%.2f for x%.2f the pages (time per page x%.2f)", time, pages, perPage);
        goal(
                "import per page, linear",
                perPage,
                "<=",
                LINEAR_TOLERANCE,
                perPage <= LINEAR_TOLERANCE,
                LINEAR_TOLERANCE / perPage);
        double p95 = large.p95() / small.p95();
        line(
                "search p95",
                "x%.2f (p50 x%.2f; the searching thread's CPU time: p95 x%.2f, p50 x%.2f)",
                p95,
                large.p50() / small.p50(),
                cpu(large, "cpu-p95-ms") / cpu(small, "cpu-p95-ms"),
                cpu(large, "cpu-p50-ms") / cpu(small, "cpu-p50-ms"));
        goal("search p95 growth, flat", p95, "<=", FLAT_TOLERANCE, p95 <= FLAT_TOLERANCE, FLAT_TOLERANCE / p95);
        line("RSS, library open", "x%.2f", large.rssMb() / small.rssMb());
    }

    private static double cpu(EvidenceFigures figures, String key) {
        return Double.parseDouble(figures.search().get(key));
    }

    private static void line(String what, String format, Object... args) {
        System.out.printf(Locale.ROOT, "    %-40s " + format + "%n", prepend(what, args));
    }

    private static Object[] prepend(String what, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = what;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** {@code margin}: how far inside the goal the figure is (above 1 met, below 1 missed). */
    private static void goal(String what, double value, String sense, double target, boolean met, double margin) {
        System.out.printf(
                Locale.ROOT,
                "    %-40s %.2f  goal %s %s: %s%n",
                what,
                value,
                sense,
                trim(target),
                met ? "MET" : String.format(Locale.ROOT, "MISSED by %.0f%%", (1 - margin) * 100));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
