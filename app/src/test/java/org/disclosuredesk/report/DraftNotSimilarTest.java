// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.report.check.SimilarToLastYearCheck;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.shared.BackgroundTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 「生成初稿」 in two demo years is not 雷同: the app's own sentences are the same every year by design and
 * the check compares only what the clerk wrote; a paragraph the clerk copies from last year still is.
 */
class DraftNotSimilarTest {

    @TempDir
    static Path dir;
    static AppContext ctx;

    @BeforeAll
    static void demo() {
        ctx = new AppContext(Database.open(dir.resolve("demo.db")),
                Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        new DemoOffice(ctx).fill(2025, BackgroundTask.Progress.NONE);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static List<Finding> similar(int year) {
        return ctx.report().build(year).findings().stream().filter(f -> SimilarToLastYearCheck.RULE.equals(f.rule()))
                .collect(Collectors.toList());
    }

    @Test
    void the_apps_drafts_of_two_demo_years_are_not_flagged_but_a_copied_paragraph_is() {
        for (int year : new int[] {2024, 2025}) {
            ctx.report().saveNarrative(year, ctx.report().generateDraft(year), true);
        }
        assertEquals(List.of(), similar(2025), "two untouched drafts");

        String copied = "本机关坚持把政务公开作为建设法治政府的重要抓手，主要负责同志多次听取政务公开工作汇报，"
                + "研究部署重点任务；分管负责同志具体抓落实，定期调度工作进展。各股室明确一名信息员，负责本股室信息的收集、"
                + "审核和报送，形成了主要领导亲自抓、分管领导具体抓、股室协同落实的工作格局。";
        for (int year : new int[] {2024, 2025}) {
            Narrative n = ctx.report().draft(year).orElseThrow().narrative();
            ctx.report().saveNarrative(year, new Narrative(n.overview() + "\n" + copied, n.problems(), n.otherMatters()), false);
        }
        List<Finding> f = similar(2025);
        assertEquals(List.of(ReportSection.OVERVIEW), f.stream().map(Finding::section).collect(Collectors.toList()),
                "the clerk's own paragraph, the same in both years");
        assertTrue(f.get(0).message().contains("内容雷同"));
    }
}
