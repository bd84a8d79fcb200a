// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosuredesk.plan.YearSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "summary", description = "某年度工作方案任务完成情况小结（供年度报告“总体情况”使用）。")
final class PlanSummaryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "年度")
    int year;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        YearSummary s = Commands.context(spec).plans().yearSummary(year);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("year", s.year());
            out.put("plans", s.plans());
            out.put("tasks", s.tasks());
            out.put("done", s.done());
            out.put("in_progress", s.inProgress());
            out.put("not_started", s.notStarted());
            out.put("not_applicable", s.notApplicable());
            out.put("completion_percent", s.completionPercent());
            out.put("done_titles", s.doneTitles());
            out.put("sentence", s.sentence());
            Commands.printJson(spec, out);
            return;
        }
        Commands.out(spec).println(s.sentence());
        s.doneTitles().forEach(t -> Commands.out(spec).println("  · " + t));
    }
}
