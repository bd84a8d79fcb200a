// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans whose line breaks a copy lost: the labels still say where the items are. */
class RunInLabelsTest {

    @Test
    void a_plan_on_one_line_is_cut_before_its_labels() {
        String plan = "某县2018年政务公开工作要点实施方案为深入贯彻落实上级要求,不断提升政务公开的质量和实效,结合本县实际,制定本方案。"
                + "一、工作目标紧紧围绕县委县政府改革发展重点任务,进一步加大全县政务公开力度,拓宽政务公开范围和渠道,提升政务服务水平。"
                + "二、工作任务(一)围绕建设法治政府,全面推进政务公开。1.把公开透明作为政府工作的基本要求,及时公开政策。2.推进决策公开。";
        List<PlanItem> tasks = PlanParser.parseText(plan, null).tasks();
        assertEquals(List.of(List.of("二", "(一)", "1"), List.of("二", "(一)", "2")),
                tasks.stream().map(PlanItem::path).toList());
    }

    @Test
    void numbers_running_on_without_a_full_stop_continue_the_list() {
        String plan = "区教育局2025年政务公开工作计划为深入贯彻条例,持续提升教育领域政务公开透明度,结合本区实际,制定本年度工作计划如下:"
                + "一、完善工作机制,夯实公开基础。1.强化组织领导与责任落实2.健全政务公开领导小组,将政务公开纳入年度考核指标。"
                + "3.加强队伍建设,每季度组织业务培训。";
        List<PlanItem> tasks = PlanParser.parseText(plan, 2025).tasks();
        assertEquals(3, tasks.size());
        assertEquals("每季度", tasks.get(2).deadlines().get(0).phrase());
    }

    @Test
    void a_long_sentence_quoting_a_clause_stays_whole() {
        String line = "依据《中华人民共和国政府信息公开条例》第二十条(一)项和第二十一条的规定,按照国务院、省政府及市政府年度政务公开工作要点要求,"
                + "不断扩大公开范围、细化公开内容,不断优化公开方法、创新公开形式,确保法定主动公开要求全面落实,形成信息公开的基本框架。";
        PlanLines.Line l = new PlanLines.Line(line, org.disclosuredesk.shared.TextFolding.fold(line), 0, line.length());
        assertEquals(1, RunInLabels.split(l).size());
    }
}
