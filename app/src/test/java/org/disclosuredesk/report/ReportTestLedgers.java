// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.nio.file.Path;

/** For tests in other packages: the hand-made 2025 ledger, computed for 2025 and (its carry-in side) 2024. */
public final class ReportTestLedgers {

    public record Built(Report report, ReportTables previous) {
    }

    public record Drafted(Narrative draft, Report report) {
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

    /** The 2025 ledger plus a plan, a fee and a late answer; 「生成初稿」 then saved, and the report rebuilt. */
    public static Drafted draftedAndSaved2025(Path dir) {
        TestLedger ledger = TestLedger.open(dir);
        try {
            TestLedger.standardYear(ledger, 2025);
            long charged = ledger.request("2025-05-06", "2025-06-20", "1", org.disclosuredesk.law.ApplicantKind.NATURAL_PERSON);
            ledger.fee(charged, "2025-05-20", 20000, "2025-06-01", null);
            ledger.fee(charged, "2024-05-20", 50000, "2024-06-01", 50000);
            ledger.planTask(2025, "更新政府信息公开指南。", true);
            ledger.planTask(2025, "完成行政规范性文件清理", true);
            ledger.planTask(2025, "建设政策文件库", false);
            ReportService service = ledger.context.report();
            Narrative draft = service.generateDraft(2025);
            service.saveNarrative(2025, draft, true);
            return new Drafted(draft, service.build(2025));
        } finally {
            ledger.context.close();
        }
    }
}
