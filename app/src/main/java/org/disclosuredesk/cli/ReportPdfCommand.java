// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import org.disclosuredesk.report.export.ReportFileType;
import picocli.CommandLine.Command;

@Command(name = "pdf", description = "把年度报告导出为 PDF（GB/T 9704 版式，字体嵌入）。检查有错误时不导出，退出码 1。")
final class ReportPdfCommand extends ReportExportCommand {

    @Override
    ReportFileType type() {
        return ReportFileType.PDF;
    }
}
