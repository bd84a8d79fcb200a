// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.RequestRowDef;
import org.disclosuredesk.report.format.RequestTableRows;

/**
 * Rule 2: （七）总计 is the sum of every result row, column by column — each decided request is counted in
 * exactly one result row (req~report.check.results-total~1).
 */
public final class ResultsTotalCheck implements ReportCheck {

    public static final String RULE = "report.check.results-total";

    @Override
    public List<Finding> check(CheckInput input) {
        ReportTables t = input.tables();
        List<RequestRowDef> results = t.format().requestRows().stream().filter(RequestRowDef::isResult).collect(Collectors.toList());
        List<Finding> findings = new ArrayList<>();
        for (String column : ApplicantColumns.keys()) {
            List<CellRef> cells = results.stream().map(r -> CellRef.requests(r.key(), column)).collect(Collectors.toList());
            long sum = t.sum(cells);
            long total = t.requests(RequestTableRows.RESULTS_TOTAL, column);
            if (sum != total) {
                List<CellRef> where = new ArrayList<>();
                where.add(CellRef.requests(RequestTableRows.RESULTS_TOTAL, column));
                where.addAll(cells);
                findings.add(Finding.atCells(Finding.Severity.ERROR, RULE,
                        "表三「" + ApplicantColumns.label(column) + "」列（七）总计为" + total + "，但（一）至（六）各项办理结果之和为"
                                + sum + "。每件办结的申请只能计入一项办理结果。", where));
            }
        }
        return findings;
    }
}
