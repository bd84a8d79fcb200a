// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.export.ReportPdfWriter;
import org.disclosuredesk.shared.BackgroundTask;

/**
 * Times the report on whatever data the database holds: the raw SQL aggregation (the floor), the whole
 * build (aggregation of the year and the year before, the narrative, every check) and the PDF. The first
 * run of each is reported apart (cold caches, font parsing); medians are over the following runs.
 */
public final class ReportBenchmark {

    /** Milliseconds per run; index 0 is the cold run. */
    public record Figures(List<Double> sql, List<Double> build, List<Double> pdf, long pdfBytes) {

        public static double median(List<Double> runs) {
            List<Double> warm = new ArrayList<>(runs.size() > 1 ? runs.subList(1, runs.size()) : runs);
            Collections.sort(warm);
            int n = warm.size();
            return n % 2 == 1 ? warm.get(n / 2) : (warm.get(n / 2 - 1) + warm.get(n / 2)) / 2;
        }
    }

    private final ReportService service;
    private final ReportPdfWriter pdfWriter;

    public ReportBenchmark(ReportService service, ReportPdfWriter pdfWriter) {
        this.service = service;
        this.pdfWriter = pdfWriter;
    }

    public Figures run(int year, int runs, Path pdf) {
        List<Double> sql = new ArrayList<>();
        List<Double> build = new ArrayList<>();
        List<Double> pdfs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            service.aggregate(year);
            sql.add(ms(t0));
        }
        Report report = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            report = service.build(year);
            build.add(ms(t0));
        }
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            pdfWriter.write(report, pdf, BackgroundTask.Progress.NONE);
            pdfs.add(ms(t0));
        }
        try {
            return new Figures(sql, build, pdfs, Files.size(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
