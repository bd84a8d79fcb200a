// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReviewColumns;

/** Rule 4: in table 四 each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (req~report.check.review-totals~1). */
public final class ReviewTotalCheck implements ReportCheck {

    public static final String RULE = "report.check.review-totals";

    @Override
    public List<Finding> check(CheckInput input) {
        ReportTables t = input.tables();
        List<Finding> findings = new ArrayList<>();
        for (ReviewKind kind : ReviewKind.values()) {
            List<CellRef> parts = new ArrayList<>();
            for (ReviewResult result : ReviewResult.values()) {
                parts.add(ReviewColumns.cell(kind, result));
            }
            long sum = t.sum(parts);
            long total = t.value(ReviewColumns.total(kind));
            if (sum != total) {
                List<CellRef> where = new ArrayList<>();
                where.add(ReviewColumns.total(kind));
                where.addAll(parts);
                findings.add(Finding.atCells(Finding.Severity.ERROR, RULE,
                        "表四「" + t.format().rowLabel(ReviewColumns.total(kind)) + "」的总计为" + total
                                + "，但结果维持、结果纠正、其他结果、尚未审结之和为" + sum + "。", where));
            }
        }
        return findings;
    }
}
