// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.StockContinuity;

/**
 * Rule 6 (a warning): table 二's stock follows from last year's, e.g. 现行有效件数(N) = 现行有效件数(N−1) +
 * 本年制发件数 − 本年废止件数. Last year's stock is the published figure when it was exported final in the
 * same format, else the ledgers' figure (req~report.check.register-continuity~1).
 */
public final class RegisterContinuityCheck implements ReportCheck {

    public static final String RULE = "report.check.register-continuity";

    @Override
    public List<Finding> check(CheckInput input) {
        ReportTables t = input.tables();
        List<Finding> findings = new ArrayList<>();
        for (StockContinuity rule : t.format().continuity()) {
            CellRef stock = CellRef.activeDisclosure(rule.row(), rule.stockColumn());
            Optional<ReportTables> previous = input.previousPublished().filter(p -> p.has(stock))
                    .or(input::previousLive);
            if (previous.isEmpty() || !previous.get().has(stock)) {
                continue;
            }
            long last = previous.get().value(stock);
            long expected = last;
            StringBuilder how = new StringBuilder(previous.get().year() + "年" + rule.stockColumn() + last);
            for (String column : rule.additions()) {
                long v = t.value(CellRef.activeDisclosure(rule.row(), column));
                expected += v;
                how.append("＋").append(column).append(v);
            }
            for (String column : rule.removals()) {
                long v = t.value(CellRef.activeDisclosure(rule.row(), column));
                expected -= v;
                how.append("－").append(column).append(v);
            }
            long expired = input.expiredInYear().getOrDefault(rule.row(), 0L);
            if (expired > 0) {
                expected -= expired;
                how.append("－本年失效").append(expired);
            }
            long actual = t.value(stock);
            if (actual != expected) {
                findings.add(Finding.atCells(Finding.Severity.WARNING, RULE,
                        "表二「" + t.format().rowLabel(stock) + "」" + rule.stockColumn() + "为" + actual + "，按" + how + "应为" + expected
                                + "。请核对主动公开台账中的成文日期、有效性及其变更日期。", List.of(stock)));
            }
        }
        return findings;
    }
}
