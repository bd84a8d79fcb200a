// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.nio.file.Path;
import org.disclosuredesk.report.export.AtomicFileTarget;
import org.disclosuredesk.report.export.ReportPdfWriter;
import org.disclosuredesk.shared.BackgroundTask;

/** The county tables as files: .xlsx (a sheet per table, a row per office) and PDF in the report's layout. */
public final class CountyExports {

    private final ReportPdfWriter pdf;

    public CountyExports(ReportPdfWriter pdf) {
        this.pdf = pdf;
    }

    public void writeWorkbook(CountyTables county, Path target) {
        AtomicFileTarget.write(target, out -> CountyWorkbook.write(county, out));
    }

    public void writePdf(String countyName, CountyTables county, Path target, BackgroundTask.Progress progress) {
        pdf.writeTables(countyName + "政府信息公开工作年度报告", county.year() + "年度全县数据汇总表", note(county), county.total(),
                target, progress);
    }

    /** Who the sums cover, so the printed table can never be read as one office's own. */
    static String note(CountyTables county) {
        StringBuilder names = new StringBuilder();
        for (CountyTables.Contribution c : county.offices()) {
            if (names.length() > 0) {
                names.append('、');
            }
            names.append(c.organ());
        }
        return "本表为" + county.offices().size() + "个单位报送的" + county.year() + "年度政府信息公开工作年度报告数据之和"
                + (county.offices().isEmpty() ? "（尚无单位报送）" : "，包括：" + names) + "。";
    }
}
