// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.util.Objects;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.ReportTables;

/**
 * 年报数据包: what one office sends the county for a year — its tables 二/三/四 as computed, where its
 * report stands, its plan progress by unit and its written sections. Nothing about applicants: the
 * tables are counts, the narrative is the public report text (docs/county-exchange.md).
 */
public record ExchangePackage(
        int schemaVersion,
        String appVersion,
        String exportedAt,
        String organName,
        String creditCode,
        int year,
        ReportState state,
        String finalExportedAt,
        ReportTables tables,
        PlanProgress plan,
        Narrative narrative,
        YearFigures figures) {

    public ExchangePackage {
        Objects.requireNonNull(organName);
        Objects.requireNonNull(state);
        Objects.requireNonNull(tables);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(narrative);
        Objects.requireNonNull(figures);
    }

    /** Public figures of the year that the tables do not hold but the county's text needs. */
    public record YearFigures(long documentsPublished, long interpretationsPublished, long answeredLate) {
        public static final YearFigures NONE = new YearFigures(0, 0, 0);
    }
}
