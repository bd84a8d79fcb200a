// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.report.export.ReportExporter;
import org.disclosuredesk.report.export.ReportFileType;
import org.disclosuredesk.report.export.ReportPdfRequest;
import org.disclosuredesk.shared.BackgroundTask;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shared by {@code report pdf} and {@code report docx}: a blocking check exits 1 with the list of errors. */
abstract class ReportExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "报告年度")
    int year;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件")
    Path out;

    @Option(names = "--final", description = "定稿导出：导出后锁定该年度数据（解除锁定须在窗口中操作并记入操作记录）")
    boolean finalExport;

    @Option(names = "--no-signature", description = "不加落款（文末的机关名称和日期）")
    boolean noSignature;

    abstract ReportFileType type();

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        ReportPdfRequest request = ReportPdfRequest.of(year, type(), out, finalExport, true, !noSignature);
        ReportExporter.Result result = ctx.reportExporter().export(request, BackgroundTask.Progress.NONE);
        ReportBuildCommand.printWarnings(spec, result.report(), result.report().warnings());
        Commands.out(spec).println((result.finalExport() ? "已定稿导出（" + year + "年度已锁定）：" : "已导出：") + result.file());
    }
}
