// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportFormat;

/** The county's tables 二/三/四: every cell summed over the chosen offices, and who contributed what. */
public record CountyTables(int year, ReportTables total, List<Contribution> offices) {

    /** One office's tables as counted in the sum. */
    public record Contribution(String organ, OfficeKind kind, StoredPackage source) {
        public ReportTables tables() {
            return source.content().tables();
        }
    }

    /** A cell's figure per office, in list order: what the screen shows when a cell is clicked. */
    public record Share(String organ, long value) {
    }

    public CountyTables {
        offices = List.copyOf(offices);
    }

    static CountyTables sum(int year, ReportFormat format, List<Contribution> offices) {
        Map<CellRef, Long> sums = new LinkedHashMap<>();
        for (CellRef cell : format.cells()) {
            sums.put(cell, offices.stream().mapToLong(o -> o.tables().value(cell)).sum());
        }
        return new CountyTables(year, new ReportTables(year, format, sums), offices);
    }

    public List<StoredPackage> packages() {
        return offices.stream().map(Contribution::source).toList();
    }

    public CountyFigures figures() {
        return CountyFigures.of(this);
    }

    public List<Share> breakdown(CellRef cell) {
        return offices.stream().map(o -> new Share(o.organ(), o.tables().value(cell))).toList();
    }
}
