// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.report.format.ReportFormat;

/**
 * A year's annual report as computed now: the tables from the ledgers, the stored narrative, every check
 * result, and where the report stands (final export, lock).
 */
public record Report(
        int year,
        String organName,
        ReportTables tables,
        Narrative narrative,
        List<Finding> findings,
        ExportState state) {

    /** Where the year's report stands: exported final when, locked, needing re-export after an unlock. */
    public record ExportState(String finalExportedAt, boolean locked, boolean needsReexport) {
        public static final ExportState NEW = new ExportState(null, false, false);
    }

    public Report {
        findings = List.copyOf(findings);
    }

    public ReportFormat format() {
        return tables.format();
    }

    /** 示例县人民政府2025年政府信息公开工作年度报告 */
    public String title() {
        return titleFor(organName, year);
    }

    public static String titleFor(String organName, int year) {
        return organName + year + "年政府信息公开工作年度报告";
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).collect(Collectors.toList());
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).collect(Collectors.toList());
    }

    /** No check blocks export (warnings still need confirmation). */
    public boolean exportable() {
        return findings.stream().noneMatch(Finding::isError);
    }
}
