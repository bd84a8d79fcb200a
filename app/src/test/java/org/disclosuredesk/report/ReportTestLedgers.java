// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.nio.file.Path;

/** For tests in other packages: the hand-made 2025 ledger, computed for 2025 and (its carry-in side) 2024. */
public final class ReportTestLedgers {

    public record Built(Report report, ReportTables previous) {
    }

    private ReportTestLedgers() {
    }

    public static Built standard2025(Path dir) {
        TestLedger ledger = TestLedger.open(dir);
        try {
            TestLedger.standardYear(ledger, 2025);
            Report report = ledger.context.report().build(2025);
            return new Built(report, ledger.context.report().tables(2024, report.format()));
        } finally {
            ledger.context.close();
        }
    }
}
