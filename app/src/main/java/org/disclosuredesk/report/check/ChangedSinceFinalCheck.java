// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;

/**
 * After a final export the published figures are kept; if the ledgers of the year were changed after an
 * audited unlock, the figures that differ are listed and the report must be exported again
 * (req~report.check.changed-since-final~1).
 */
public final class ChangedSinceFinalCheck implements ReportCheck {

    public static final String RULE = "report.check.changed-since-final";

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        ReportTables t = input.tables();
        input.finalSnapshot().filter(s -> s.format().version().equals(t.format().version())).ifPresent(published -> {
            List<CellRef> changed = new ArrayList<>();
            StringBuilder which = new StringBuilder();
            for (Map.Entry<CellRef, Long> e : t.values().entrySet()) {
                long was = published.value(e.getKey());
                if (was != e.getValue()) {
                    changed.add(e.getKey());
                    if (changed.size() <= 3) {
                        which.append(which.length() == 0 ? "" : "；").append(t.format().describe(e.getKey()))
                                .append("由").append(was).append("变为").append(e.getValue());
                    }
                }
            }
            if (!changed.isEmpty()) {
                findings.add(Finding.atCells(Finding.Severity.WARNING, RULE,
                        "本年度报告定稿导出后，台账数据有变化（共" + changed.size() + "处：" + which + (changed.size() > 3 ? "……" : "")
                                + "）。已发布的报告与台账不一致，请重新定稿导出并更正已发布的报告。", changed));
            }
        });
        if (input.needsReexport() && findings.isEmpty()) {
            findings.add(Finding.inSection(Finding.Severity.WARNING, RULE,
                    "本年度已解除锁定，报告需要重新定稿导出。", null));
        }
        return findings;
    }
}
