// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.report.format.GridCell;
import org.disclosuredesk.report.format.ReportGrid;
import org.disclosuredesk.report.format.ReportGrids;

/** The report as plain text for a terminal: each table row by row, then the checks. */
final class ReportText {

    private ReportText() {
    }

    static void print(PrintWriter out, Report report) {
        out.println(report.title() + "（" + report.format().notice() + "格式）");
        for (ReportGrid grid : ReportGrids.all(report.format(), report.tables()::value)) {
            out.println();
            out.println(grid.table().section().title());
            for (int r = grid.headerRows(); r < grid.rows(); r++) {
                StringBuilder line = new StringBuilder();
                for (GridCell c : grid.cells()) {
                    if (c.row() == r) {
                        line.append(line.length() == 0 ? "" : " | ").append(c.text());
                    }
                }
                out.println(line);
            }
        }
        out.println();
        out.println(report.exportable() ? (report.warnings().isEmpty() ? "检查通过。" : "检查通过，有" + report.warnings().size() + "条提醒。")
                : "有" + report.errors().size() + "处错误。");
        findings(out, "提醒：", report.warnings(), report);
    }

    static void findings(PrintWriter out, String heading, List<Finding> findings, Report report) {
        if (findings.isEmpty()) {
            return;
        }
        out.println(heading);
        int i = 0;
        for (Finding f : findings) {
            String where = f.where(report.format());
            out.println("  " + (++i) + ". " + (where.isEmpty() ? "" : where + "：") + f.message());
        }
        out.flush();
    }
}
