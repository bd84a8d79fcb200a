// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

import java.util.List;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.report.format.ReportFormat;
import org.disclosuredesk.shared.UserError;

/**
 * Export refused: the report has errors (the list says what is wrong and where), or warnings the user
 * has not confirmed. Nothing was written.
 */
public final class ReportBlocked extends UserError {

    private final List<Finding> findings;
    private final boolean onlyWarnings;

    private ReportBlocked(String message, List<Finding> findings, boolean onlyWarnings) {
        super(message);
        this.findings = List.copyOf(findings);
        this.onlyWarnings = onlyWarnings;
    }

    public static ReportBlocked byErrors(int year, List<Finding> errors, ReportFormat format) {
        return new ReportBlocked(year + "年度报告有" + errors.size() + "处错误，不能导出：\n" + list(errors, format), errors, false);
    }

    public static ReportBlocked byWarnings(int year, List<Finding> warnings, ReportFormat format) {
        return new ReportBlocked(year + "年度报告有" + warnings.size() + "条提醒，请确认后再导出：\n" + list(warnings, format), warnings, true);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** True when only the user's confirmation is missing. */
    public boolean onlyWarnings() {
        return onlyWarnings;
    }

    private static String list(List<Finding> findings, ReportFormat format) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Finding f : findings) {
            String where = f.where(format);
            sb.append(++i).append(". ").append(where.isEmpty() ? "" : where + "：").append(f.message()).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
