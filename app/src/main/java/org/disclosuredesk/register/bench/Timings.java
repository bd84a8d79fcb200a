// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall-clock times of repeated runs, in milliseconds, summarised as a benchmark reports them. */
public record Timings(String what, List<Double> millis) {

    public double median() {
        return percentile(50);
    }

    public double p90() {
        return percentile(90);
    }

    public double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    public int runs() {
        return millis.size();
    }

    private double percentile(int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return 0;
        }
        if (p == 50 && sorted.size() % 2 == 0) {
            return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** Runs {@code work} and returns its wall-clock time in milliseconds. */
    public static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
