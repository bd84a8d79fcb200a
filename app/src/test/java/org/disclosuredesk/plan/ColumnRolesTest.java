// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns whose header says nothing known take their role from what their cells hold. */
class ColumnRolesTest {

    @Test
    void a_table_pasted_without_its_header_row_is_read_by_content() {
        String text = String.join("\n", "某县2024年政务公开任务分工",
                "1\t全面公开政务服务事项和办事指南等信息。\t县数据资源局\t6月底前",
                "2\t做好政府信息公开年度报告的编制发布工作。\t县政府办牵头，各乡镇配合\t2024年1月31日前",
                "3\t常态化开展政策解读，提升解读质量和实效。\t各乡镇、县直各部门\t持续推进");
        List<PlanItem> tasks = PlanParser.parseText(text, null).tasks();
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3")), tasks.stream().map(PlanItem::path).toList());
        assertEquals(LocalDate.of(2024, 6, 30), tasks.get(0).dueDate());
        assertEquals(List.of("县政府办"), tasks.get(1).leadUnits());
        assertEquals(List.of("各乡镇"), tasks.get(1).responsibleUnits());
        assertEquals(List.of("各乡镇", "县直各部门"), tasks.get(2).responsibleUnits());
    }

    @Test
    void a_column_headed_with_an_unknown_name_that_holds_time_limits_is_the_time_limit() {
        String text = String.join("\n", "某县2024年政务公开任务分工",
                "序号\t工作任务\t责任单位\t备注",
                "1\t全面公开政务服务事项和办事指南等信息。\t县数据资源局\t6月底前",
                "2\t做好政府信息公开年度报告的编制发布工作。\t县政府办\t第三季度");
        List<PlanItem> tasks = PlanParser.parseText(text, null).tasks();
        assertEquals(LocalDate.of(2024, 9, 30), tasks.get(1).dueDate());
    }
}
