// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import org.disclosuredesk.report.export.ReportFileType;
import picocli.CommandLine.Command;

@Command(name = "docx", description = "把年度报告导出为 Word 文件（.docx）。检查有错误时不导出，退出码 1。")
final class ReportDocxCommand extends ReportExportCommand {

    @Override
    ReportFileType type() {
        return ReportFileType.DOCX;
    }
}
