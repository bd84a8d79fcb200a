// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;

/**
 * Rule 7: every cell is a non-negative integer (money in 万元 aside; the 2019 format's 本年增/减 may be
 * negative). Cells are never blank: the tables print 0 (req~report.check.cell-values~1).
 */
public final class CellValueCheck implements ReportCheck {

    public static final String RULE = "report.check.cell-values";

    @Override
    public List<Finding> check(CheckInput input) {
        ReportTables t = input.tables();
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<CellRef, Long> e : t.values().entrySet()) {
            if (e.getValue() < 0 && !t.format().valueKind(e.getKey()).mayBeNegative()) {
                findings.add(Finding.atCells(Finding.Severity.ERROR, RULE,
                        t.format().describe(e.getKey()) + "为负数（" + e.getValue() + "），统计数只能是0或正整数。", List.of(e.getKey())));
            }
        }
        return findings;
    }
}
