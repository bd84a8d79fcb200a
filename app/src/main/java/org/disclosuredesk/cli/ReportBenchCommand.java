// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.report.bench.ReportBenchmark;
import org.disclosuredesk.shared.BackgroundTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "年度报告基准测试：向空数据库生成示例台账（默认 10 万件申请、100 万条文件登记），"
        + "再测原始 SQL 汇总、report build 与 PDF 导出的耗时（中位数）。")
final class ReportBenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", defaultValue = "2025", paramLabel = "YYYY", description = "报告年度（默认 2025）")
    int year;

    @Option(names = "--requests", defaultValue = "100000", description = "生成的申请件数（默认 100000）")
    long requests;

    @Option(names = "--documents", defaultValue = "1000000", description = "生成的文件登记条数（默认 1000000）")
    long documents;

    @Option(names = "--runs", defaultValue = "7", description = "每项测量次数，首次为冷启动，中位数取其余各次（默认 7）")
    int runs;

    @Option(names = "--reuse", description = "数据库已有数据时直接测量，不再生成")
    boolean reuse;

    @Option(names = "--pdf", paramLabel = "FILE", description = "保留生成的 PDF（默认写入临时文件后删除）")
    Path pdf;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        PrintWriter out = Commands.out(spec);
        if (!reuse) {
            long t0 = System.nanoTime();
            ctx.reportSampleLedger().generate(year, requests, documents, new BackgroundTask.Progress() {
                @Override
                public void update(long done, long total, String message) {
                    out.println("  " + message);
                    out.flush();
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            out.printf(Locale.ROOT, "生成示例台账：%.1f s%n", (System.nanoTime() - t0) / 1e9);
            for (int y : new int[] {year - 1, year}) {
                ctx.report().saveNarrative(y, ctx.report().generateDraft(y), true);
            }
        }
        try {
            Path file = pdf != null ? pdf.toAbsolutePath() : Files.createTempFile("report-bench", ".pdf");
            ReportBenchmark.Figures f = ctx.reportBenchmark().run(year, Math.max(2, runs), file);
            out.println("数据库：" + ctx.database().file());
            out.println("台账：" + ctx.database().tableCounts().entrySet().stream()
                    .filter(e -> List.of("request", "document", "review_case", "request_event").contains(e.getKey()))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            line(out, "原始 SQL 汇总（下限）", f.sql());
            line(out, "report build（含上年、检查）", f.build());
            line(out, "PDF 导出", f.pdf());
            out.printf(Locale.ROOT, "PDF 大小：%d KB%n", f.pdfBytes() / 1024);
            if (pdf == null) {
                Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void line(PrintWriter out, String what, List<Double> runs) {
        out.printf(Locale.ROOT, "%-28s 中位数 %8.1f ms   首次 %8.1f ms   各次 %s%n", what, ReportBenchmark.Figures.median(runs), runs.get(0),
                runs.stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).collect(Collectors.joining(" ")));
    }
}
