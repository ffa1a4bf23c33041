package org.stocktake.bench;

import java.util.Map;

/** What {@link EvidenceBenchmark} measured at one corpus size; the search figures as the probe printed them. */
record EvidenceFigures(
        int size,
        long pages,
        double importMs,
        long importPeakKb,
        Stats bareMs,
        Stats bareReadingMs,
        int pdftotextFiles,
        long pdftotextPages,
        double pdftotextMs,
        Map<String, String> search,
        long databaseBytes,
        long indexBytes) {

    double importPagesPerSecond() {
        return pages / (importMs / 1000);
    }

    double barePagesPerSecond() {
        return pages / (bareMs.median() / 1000);
    }

    double pdftotextPagesPerSecond() {
        return pdftotextPages / (pdftotextMs / 1000);
    }

    double p50() {
        return Double.parseDouble(search.get("p50-ms"));
    }

    double p95() {
        return Double.parseDouble(search.get("p95-ms"));
    }

    double rssMb() {
        return Long.parseLong(search.get("rss-kb")) / 1024.0;
    }
}
