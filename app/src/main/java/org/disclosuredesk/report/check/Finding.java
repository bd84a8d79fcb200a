// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportSection;

/**
 * One result of a check: an error blocks export, a warning needs the user's confirmation. {@code rule}
 * is the requirement id (docs/requirements/report.md); {@code cells} and {@code section}/{@code start}/
 * {@code end} say where the cause is, so the screen can take the user there.
 */
public record Finding(Severity severity, String rule, String message, List<CellRef> cells,
                      ReportSection section, int start, int end) {

    public enum Severity { ERROR, WARNING }

    public Finding {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(message);
        cells = List.copyOf(cells);
    }

    public static Finding atCells(Severity severity, String rule, String message, List<CellRef> cells) {
        return new Finding(severity, rule, message, cells, null, -1, -1);
    }

    public static Finding inText(Severity severity, String rule, String message, ReportSection section, int start, int end) {
        return new Finding(severity, rule, message, List.of(), section, start, end);
    }

    public static Finding inSection(Severity severity, String rule, String message, ReportSection section) {
        return new Finding(severity, rule, message, List.of(), section, -1, -1);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Optional<ReportSection> narrativeSection() {
        return Optional.ofNullable(section);
    }

    /** Where, for a clerk: words in a section first (「五、存在的主要问题及改进情况」), else 表三「…」行「…」列. */
    public String where(org.disclosuredesk.report.format.ReportFormat format) {
        if (section != null && start >= 0) {
            return "「" + section.title() + "」";
        }
        if (!cells.isEmpty()) {
            return format.describe(cells.get(0)) + (cells.size() > 1 ? " 等" + cells.size() + "处" : "");
        }
        return section == null ? "" : "「" + section.title() + "」";
    }
}
