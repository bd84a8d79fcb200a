// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.RequestRowDef;

/**
 * Rule 3: in every row of table 三, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他
 * (req~report.check.row-totals~1).
 */
public final class RowTotalCheck implements ReportCheck {

    public static final String RULE = "report.check.row-totals";

    @Override
    public List<Finding> check(CheckInput input) {
        ReportTables t = input.tables();
        List<Finding> findings = new ArrayList<>();
        for (RequestRowDef row : t.format().requestRows()) {
            List<CellRef> kinds = new ArrayList<>();
            for (ApplicantKind kind : ApplicantKind.values()) {
                kinds.add(CellRef.requests(row.key(), ApplicantColumns.key(kind)));
            }
            long sum = t.sum(kinds);
            long total = t.requestsTotal(row.key());
            if (sum != total) {
                List<CellRef> where = new ArrayList<>();
                where.add(CellRef.requests(row.key(), ApplicantColumns.TOTAL));
                where.addAll(kinds);
                findings.add(Finding.atCells(Finding.Severity.ERROR, RULE,
                        "表三「" + row.label() + "」行的总计为" + total + "，但自然人与各类法人或其他组织之和为" + sum + "。", where));
            }
        }
        return findings;
    }
}
