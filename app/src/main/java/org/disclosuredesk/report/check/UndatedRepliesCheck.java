// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.List;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.RequestTableRows;

/**
 * A request imported with a result but no 答复日期 (「答复日期未记录」) has no day it was decided, so table 三 can
 * only count it as 四、结转下年度继续办理, year after year. The clerk is warned, with the requests named, so the
 * figure is not sent out by mistake (req~report.check.undated-replies~1).
 */
// [impl->req~report.check.undated-replies~1]
public final class UndatedRepliesCheck implements ReportCheck {

    public static final String RULE = "report.check.undated-replies";

    @Override
    public List<Finding> check(CheckInput input) {
        List<String> numbers = input.undatedReplies();
        if (numbers.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.atCells(Finding.Severity.WARNING, RULE,
                String.join("、", numbers) + "（共" + numbers.size() + "件）已有办理结果，但答复日期未记录，表三把它们计为"
                        + "「结转下年度继续办理」。请在申请详情中补记作出答复的日期，报告即按答复所在年度统计。",
                List.of(CellRef.requests(RequestTableRows.CARRIED_OUT, ApplicantColumns.TOTAL))));
    }
}
