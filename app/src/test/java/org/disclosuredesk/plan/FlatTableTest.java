// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Task tables flattened by a copy from a web page, in the forms pages produce. */
class FlatTableTest {

    private static List<PlanItem> tasks(String text) {
        return PlanParser.parseText(text, 2023).tasks();
    }

    @Test
    void one_cell_per_line_between_bar_lines_with_the_group_title_before_the_number() {
        List<PlanItem> t = tasks(String.join("\n", "工作任务", "|", "具体要求", "|", "责任科室", "|", "时限要求", "|",
                "做好主动公开基础工作", "|", "3", "|", "严格规范政府信息公开专栏。", "|", "各科室", "|", "持续推进", "|",
                "4", "|", "规范做好年度报告编制发布工作。", "|", "办公室", "|", "年底前", "|"));
        assertEquals(List.of(List.of("3"), List.of("4")), t.stream().map(PlanItem::path).toList());
        assertEquals(List.of("各科室"), t.get(0).responsibleUnits());
        assertEquals("持续推进", t.get(0).deadlines().get(0).phrase());
        assertEquals(DeadlineKind.ONGOING, t.get(0).deadlines().get(0).kind());
        assertEquals(java.time.LocalDate.of(2023, 12, 31), t.get(1).dueDate());
    }

    @Test
    void a_row_per_line_whose_merged_cells_are_missing_takes_the_units_of_the_row_above() {
        List<PlanItem> t = tasks(String.join("\n", "工作任务 | 具体要求 | 责任部门 |",
                "一、做好各类规划主动公开。 | 1.主动公开规划纲要等相关信息。 | 办公室牵头,其他股室及属下单位配合 |",
                "2.做好各项规划的归集整理和主动公开工作。 |",
                "二、做好财政信息公开。 | 3.积极推进部门预算、决算公开。 | 计划财务股 |"));
        assertEquals(List.of(List.of("一", "1"), List.of("一", "2"), List.of("二", "3")), t.stream().map(PlanItem::path).toList());
        assertEquals(List.of("办公室"), t.get(1).leadUnits());
        assertEquals(List.of("其他股室", "属下单位"), t.get(1).responsibleUnits());
        assertEquals(List.of("计划财务股"), t.get(2).responsibleUnits());
    }

    @Test
    void rows_without_numbers_under_a_group_title_are_its_tasks() {
        List<PlanItem> t = tasks(String.join("\n", "|", "工作任务", "|", "具体内容", "|", "责任部门", "|", "|",
                "推进政策公开", "|", "常态化公开就业、住房等领域信息。", "|", "财政所、便民综合服务中心等", "|", "|",
                "聚焦民生实事,开展线上政策宣讲。", "|", "民政办公室、卫生院", "|"));
        assertEquals(2, t.size());
        assertEquals(List.of("财政所", "便民综合服务中心"), t.get(0).responsibleUnits());
        assertEquals(List.of("民政办公室", "卫生院"), t.get(1).responsibleUnits());
    }

    @Test
    void one_cell_per_line_without_separators_under_short_column_names() {
        List<PlanItem> t = tasks(String.join("\n", "目标", "任务", "主要内容", "责任单位", "一、以政务公开助力稳增长",
                "(一)加强预期引导", "围绕经济政策执行落实情况及时宣传解读。", "市发改委牵头落实",
                "加强财政政策信息公开,按月公开全市财政收支情况。", "市财政局牵头落实"));
        assertEquals(2, t.size());
        assertEquals(List.of("市发改委"), t.get(0).leadUnits());
        assertEquals(List.of("市财政局"), t.get(1).leadUnits());
    }

    @Test
    void a_line_with_bars_that_is_not_a_task_table_stays_text() {
        List<PlanItem> t = tasks(String.join("\n", "标题: | 关于印发工作要点的通知 | ||", "一、加强政策解读", "（一）做好解读。（办公室负责）"));
        assertEquals(List.of("办公室"), t.get(0).responsibleUnits());
    }
}
