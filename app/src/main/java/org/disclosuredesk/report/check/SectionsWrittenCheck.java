// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.report.format.ReportSection;

/**
 * 一、总体情况 and 五、存在的主要问题及改进情况 must be written: the format prescribes them and a report
 * without them is incomplete (req~report.check.sections-written~1). 六 is covered by {@link FeeStatementCheck}.
 */
public final class SectionsWrittenCheck implements ReportCheck {

    public static final String RULE = "report.check.sections-written";

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (ReportSection section : List.of(ReportSection.OVERVIEW, ReportSection.PROBLEMS)) {
            if (input.narrative().text(section).isBlank()) {
                findings.add(Finding.inSection(Finding.Severity.ERROR, RULE,
                        "「" + section.title() + "」尚未填写。可点击「生成初稿」（命令行：report draft --year " + input.tables().year() + "）后修改。", section));
            }
        }
        return findings;
    }
}
