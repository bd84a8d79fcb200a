// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.plan.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "列出已导入的工作方案及完成率。")
final class PlanListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        List<PlanSummary> plans = Commands.context(spec).plans().plans();
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (PlanSummary p : plans) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id());
                m.put("title", p.title());
                m.put("issuer", p.issuer());
                m.put("year", p.year());
                m.put("tasks", p.tasks());
                m.put("done", p.done());
                m.put("not_applicable", p.notApplicable());
                m.put("completion_percent", p.completionPercent());
                out.add(m);
            }
            Commands.printJson(spec, out);
            return;
        }
        if (plans.isEmpty()) {
            Commands.out(spec).println("还没有导入工作方案。用 plan import FILE 导入。");
        }
        for (PlanSummary p : plans) {
            // 不适用 tasks are left out of the percentage: say so, or 18 of 19 done reads as a wrong 100%.
            String notApplicable = p.notApplicable() == 0 ? "" : "（其中不适用 " + p.notApplicable() + " 项，不计入完成率）";
            Commands.out(spec).println(p.id() + "\t" + p.year() + "\t" + p.title() + "\t任务 " + p.tasks() + " 项" + notApplicable
                    + "，已完成 " + p.done() + " 项（" + p.completionPercent() + "%）");
        }
    }
}
