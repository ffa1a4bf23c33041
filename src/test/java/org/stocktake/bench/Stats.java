package org.stocktake.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a benchmark's samples; medians and percentiles rather than means, since outliers are real. */
record Stats(double[] sorted) {

    static Stats of(List<? extends Number> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("No samples");
        }
        double[] values = samples.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(values);
        return new Stats(values);
    }

    double median() {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The nearest-rank percentile: a value that was actually measured. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double min() {
        return sorted[0];
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }
}
