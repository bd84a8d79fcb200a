// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportFormat;
import org.disclosuredesk.report.format.ReportFormats;
import org.disclosuredesk.report.format.ReportTable;

/** Small hand-made packages for tests that need no demo office behind them. */
public final class TestPackages {

    private TestPackages() {
    }

    /** The first cell of table 二 (规章 本年制发件数 in the 2021 format): free of any row or column identity. */
    public static CellRef firstActiveCell(int year) {
        return ReportFormats.forYear(year).cells().stream().filter(c -> c.table() == ReportTable.ACTIVE_DISCLOSURE)
                .findFirst().orElseThrow();
    }

    public static ExchangePackage of(String organ, int year, long firstActiveValue, ReportState state) {
        ReportFormat format = ReportFormats.forYear(year);
        Map<CellRef, Long> values = new HashMap<>();
        values.put(firstActiveCell(year), firstActiveValue);
        return new ExchangePackage(PackageFormat.SCHEMA_VERSION, "test", year + 1 + "-01-10T09:00", organ, null, year, state,
                state == ReportState.FINAL ? year + 1 + "-01-10T09:00" : null, new ReportTables(year, format, values),
                new PlanProgress(4, 3, List.of(new UnitProgress("办公室", 4, 3))), Narrative.EMPTY,
                new ExchangePackage.YearFigures(firstActiveValue * 10, 1, 0));
    }

    public static Path write(Path dir, ExchangePackage p) throws Exception {
        Path file = dir.resolve(p.organName() + "-" + p.year() + "-" + System.nanoTime() + ".zip");
        Files.write(file, PackageFormat.zip(p));
        return file;
    }
}
