// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.RequestTableRows;

/**
 * Rule 5: 二、上年结转 of year N equals 四、结转下年度继续办理 of year N−1, column by column, when year N−1
 * is in the database. Compared with N−1's published (final) figures when there are any, else with N−1
 * computed from the ledgers (req~report.check.carry-over~1).
 */
public final class CarryOverCheck implements ReportCheck {

    public static final String RULE = "report.check.carry-over";

    @Override
    public List<Finding> check(CheckInput input) {
        Optional<ReportTables> previous = input.previousForComparison();
        if (previous.isEmpty()) {
            return List.of();
        }
        ReportTables t = input.tables();
        ReportTables p = previous.get();
        String source = input.previousPublished().isPresent() ? "已定稿导出的" : "";
        List<Finding> findings = new ArrayList<>();
        for (String column : ApplicantColumns.keys()) {
            long carriedIn = t.requests(RequestTableRows.CARRIED_IN, column);
            long carriedOut = p.requests(RequestTableRows.CARRIED_OUT, column);
            if (carriedIn != carriedOut) {
                findings.add(Finding.atCells(Finding.Severity.ERROR, RULE,
                        "表三「" + ApplicantColumns.label(column) + "」列：" + t.year() + "年二、上年结转为" + carriedIn + "件，但"
                                + source + p.year() + "年报告四、结转下年度继续办理为" + carriedOut + "件，两者应相等。",
                        List.of(CellRef.requests(RequestTableRows.CARRIED_IN, column))));
            }
        }
        return findings;
    }
}
