// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.ReportTestLedgers;
import org.disclosuredesk.report.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrativeDraftTest {

    @TempDir
    Path dir;

    @Test
    void the_draft_quotes_the_tables_and_passes_every_narrative_check() {
        ReportTestLedgers.Drafted d = ReportTestLedgers.draftedAndSaved2025(dir);
        Narrative n = d.draft();
        // The hand-made year plus the one request that paid a fee: 26 new, 5 disclosed.
        // Compared with last year's 4 new requests (the hand-made ledger's December 2024 ones).
        assertTrue(n.overview().contains("本年度新收政府信息公开申请26件，较上年增加22件（增长550%）"), n.overview());
        assertTrue(n.overview().contains("上年结转3件"), n.overview());
        assertTrue(n.overview().contains("其中予以公开5件，占19.2%"), n.overview());
        assertTrue(n.overview().contains("结转下年度继续办理3件"), n.overview());
        assertTrue(n.overview().contains("（五）监督保障。制定年度政务公开工作方案，明确任务3项，截至年底已完成2项，完成率66.7%"), n.overview());
        assertTrue(n.overview().contains("行政复议3件、行政诉讼2件"), n.overview());
        assertTrue(n.overview().contains("截至年底尚未审结2起"), n.overview());
        assertTrue(n.problems().contains("有1项任务未完成"), n.problems());
        assertTrue(n.otherMatters().contains("共收取信息处理费200元，涉及申请1件"), n.otherMatters());
        Report report = d.report();
        List<String> narrativeFindings = report.findings().stream().filter(f -> f.narrativeSection().isPresent())
                .map(Finding::message).collect(Collectors.toList());
        assertEquals(List.of(), narrativeFindings);
        assertTrue(report.exportable(), report.errors().toString());
    }
}
