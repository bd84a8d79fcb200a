// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.Objects;
import org.disclosuredesk.report.format.ReportSection;

/**
 * The written sections of a year's report: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项.
 * Plain text: one paragraph per line; a line beginning with （一）…（十） is a second-level heading
 * (the heading ends at its first 。 when the paragraph runs on).
 */
public record Narrative(String overview, String problems, String otherMatters) {

    public static final Narrative EMPTY = new Narrative("", "", "");

    public Narrative {
        overview = clean(overview);
        problems = clean(problems);
        otherMatters = clean(otherMatters);
    }

    public String text(ReportSection section) {
        switch (section) {
            case OVERVIEW:
                return overview;
            case PROBLEMS:
                return problems;
            case OTHER_MATTERS:
                return otherMatters;
            default:
                throw new IllegalArgumentException(section + " is a table, not narrative");
        }
    }

    public boolean isEmpty() {
        return overview.isBlank() && problems.isBlank() && otherMatters.isBlank();
    }

    /** Normalises line ends so the same text always compares equal. */
    private static String clean(String text) {
        return Objects.requireNonNullElse(text, "").replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
