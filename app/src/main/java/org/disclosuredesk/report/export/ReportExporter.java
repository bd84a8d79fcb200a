// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;

/**
 * An export from start to end: build the report as the ledgers stand, refuse if a check blocks it (or its
 * warnings are not confirmed), write the file atomically, and for a final export lock the year and keep
 * the published figures (req~report.final-export~1).
 */
public final class ReportExporter {

    /** What was written. */
    public record Result(java.nio.file.Path file, ReportFileType type, boolean finalExport, Report report) {
    }

    private final ReportService service;
    private final ReportPdfWriter pdf;
    private final ReportDocxWriter docx;
    private final Clock clock;

    public ReportExporter(ReportService service, ReportPdfWriter pdf, ReportDocxWriter docx, Clock clock) {
        this.service = service;
        this.pdf = pdf;
        this.docx = docx;
        this.clock = clock;
    }

    public Result export(ReportPdfRequest request, BackgroundTask.Progress progress) {
        if (request.finalExport() && LocalDate.now(clock).getYear() <= request.year()) {
            throw new UserError(request.year() + "年度尚未结束，统计期限截至" + request.year() + "年12月31日，不能定稿导出（定稿会锁定该年度数据）。"
                    + "可以先导出草稿。");
        }
        progress.update(0, 1, "计算报表并检查");
        Report report = service.build(request.year());
        if (!report.exportable()) {
            throw ReportBlocked.byErrors(report.year(), report.errors(), report.format());
        }
        if (!report.warnings().isEmpty() && !request.warningsConfirmed()) {
            throw ReportBlocked.byWarnings(report.year(), report.warnings(), report.format());
        }
        Optional<ReportSignature> signature = request.signed()
                ? Optional.of(new ReportSignature(service.signatoryOrgan(), LocalDate.now(clock))) : Optional.empty();
        if (request.type() == ReportFileType.PDF) {
            pdf.write(report, signature, request.output(), progress);
        } else {
            docx.write(report, signature, request.output(), progress);
        }
        if (request.finalExport()) {
            service.recordFinalExport(report.tables(), request.output().getFileName().toString(), sha256(request.output()));
        }
        return new Result(request.output(), request.type(), request.finalExport(), report);
    }

    /**
     * The report's PDF as 导出 PDF would write it, for 打印: refused like an export when a check blocks it;
     * warnings are not asked about, since a printout publishes nothing and locks nothing.
     */
    public byte[] printable(int year, boolean signed) {
        Report report = service.build(year);
        if (!report.exportable()) {
            throw ReportBlocked.byErrors(report.year(), report.errors(), report.format());
        }
        Optional<ReportSignature> signature = signed
                ? Optional.of(new ReportSignature(service.signatoryOrgan(), LocalDate.now(clock))) : Optional.empty();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        pdf.render(report, signature, out, BackgroundTask.Progress.NONE);
        return out.toByteArray();
    }

    /** The published file's fingerprint, kept with the final-export record (issue 14, item 5). */
    private static String sha256(java.nio.file.Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.io.IOException e) {
            throw new UserError("无法读取刚写好的报告文件“" + file + "”以记录其校验值：" + e.getMessage() + "。年度未锁定，请重试。", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
