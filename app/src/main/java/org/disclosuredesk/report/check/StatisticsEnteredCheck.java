// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.DisclosureBlock;

/**
 * A warning when the yearly form (行政许可、处罚、强制决定数量，行政事业性收费) has not been filled in for the
 * year: table 二 then shows 0, which may be true but is usually an omission (req~report.check.statistics-entered~1).
 */
public final class StatisticsEnteredCheck implements ReportCheck {

    public static final String RULE = "report.check.statistics-entered";

    @Override
    public List<Finding> check(CheckInput input) {
        if (input.statisticsEntered()) {
            return List.of();
        }
        List<CellRef> cells = new ArrayList<>();
        for (DisclosureBlock block : input.tables().format().activeDisclosure()) {
            for (DisclosureBlock.Row row : block.rows()) {
                for (int i = 0; i < row.measures().size(); i++) {
                    if (!row.measures().get(i).fromRegister()) {
                        cells.add(CellRef.activeDisclosure(row.key(), block.column(i)));
                    }
                }
            }
        }
        return List.of(Finding.atCells(Finding.Severity.WARNING, RULE,
                "尚未填写" + input.tables().year() + "年度的行政许可、行政处罚、行政强制决定数量和行政事业性收费金额，表二中这些项按0计。"
                        + "如确为0可忽略本提示，否则请先在年度统计表中填写。", cells));
    }
}
