// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import static org.disclosuredesk.report.format.RequestTableRows.CARRIED_IN;
import static org.disclosuredesk.report.format.RequestTableRows.CARRIED_OUT;
import static org.disclosuredesk.report.format.RequestTableRows.NEW_RECEIVED;
import static org.disclosuredesk.report.format.RequestTableRows.RESULTS_TOTAL;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;

/**
 * Rule 1, printed in table 三 itself: for every column, 一 + 二 = 三（七）总计 + 四
 * (req~report.check.column-identity~1).
 */
public final class ColumnIdentityCheck implements ReportCheck {

    public static final String RULE = "report.check.column-identity";

    @Override
    public List<Finding> check(CheckInput input) {
        ReportTables t = input.tables();
        List<Finding> findings = new ArrayList<>();
        for (String column : ApplicantColumns.keys()) {
            long in = t.requests(NEW_RECEIVED, column) + t.requests(CARRIED_IN, column);
            long out = t.requests(RESULTS_TOTAL, column) + t.requests(CARRIED_OUT, column);
            if (in != out) {
                findings.add(Finding.atCells(Finding.Severity.ERROR, RULE,
                        "表三「" + ApplicantColumns.label(column) + "」列勾稽关系不成立：一、本年新收（" + t.requests(NEW_RECEIVED, column)
                                + "）加二、上年结转（" + t.requests(CARRIED_IN, column) + "）为" + in
                                + "，而（七）总计（" + t.requests(RESULTS_TOTAL, column) + "）加四、结转下年度继续办理（"
                                + t.requests(CARRIED_OUT, column) + "）为" + out + "，相差" + Math.abs(in - out) + "件。",
                        List.of(CellRef.requests(NEW_RECEIVED, column), CellRef.requests(CARRIED_IN, column),
                                CellRef.requests(RESULTS_TOTAL, column), CellRef.requests(CARRIED_OUT, column))));
            }
        }
        return findings;
    }
}
