// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task table Word broke over a page arrives as two tables; it is read as one. */
class SplitTableTest {

    @TempDir
    Path dir;

    private static final List<String> HEADER = List.of("序号", "工作任务", "责任单位", "完成时限");
    private static final List<List<String>> FIRST = List.of(
            List.of("1", "编制政务公开事项目录。", "县政府办", "2024年6月底"),
            List.of("2", "公开办事指南。", "县数据局", "上半年"));
    private static final List<List<String>> SECOND = List.of(
            List.of("3", "推行一次告知制度。", "县数据局，各乡镇", "第三季度"),
            List.of("4", "健全政务公开工作机构。", "各乡镇", "持续推进"));

    @Test
    void the_second_table_repeating_the_header_continues_the_first() throws IOException {
        Path file = PlanCorpusDocx.splitTable(dir.resolve("a.docx"), List.of("某县2024年政务公开任务分工"), HEADER, FIRST, SECOND, true);
        List<PlanItem> tasks = PlanParser.parse(file, null).tasks();
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4")), tasks.stream().map(PlanItem::path).toList());
        assertEquals(List.of("县数据局", "各乡镇"), tasks.get(2).responsibleUnits());
        assertEquals(java.time.LocalDate.of(2024, 9, 30), tasks.get(2).dueDate());
    }

    @Test
    void the_second_table_without_a_header_continues_the_first() throws IOException {
        Path file = PlanCorpusDocx.splitTable(dir.resolve("b.docx"), List.of("某县2024年政务公开任务分工"), HEADER, FIRST, SECOND, false);
        List<PlanItem> tasks = PlanParser.parse(file, null).tasks();
        assertEquals(4, tasks.size());
        assertEquals(DeadlineKind.ONGOING, tasks.get(3).deadlines().get(0).kind());
    }
}
