// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.disclosuredesk.plan.PlanBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "测量解析一份 20 页工作方案（.txt 与 .docx）所需时间（目标：200 毫秒以内）。")
final class PlanBenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", defaultValue = "20", paramLabel = "N", description = "方案页数（默认 20）")
    int pages;

    @Option(names = "--runs", defaultValue = "50", paramLabel = "N", description = "计时次数（默认 50，先预热）")
    int runs;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        List<PlanBenchmark.Timing> timings = PlanBenchmark.run(Math.max(1, pages), Math.max(1, runs));
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (PlanBenchmark.Timing t : timings) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("input", t.input());
                m.put("characters", t.characters());
                m.put("pages", t.pages());
                m.put("tasks", t.tasks());
                m.put("first_ms", round(t.firstMs()));
                m.put("median_ms", round(t.medianMs()));
                m.put("p90_ms", round(t.p90Ms()));
                m.put("max_ms", round(t.maxMs()));
                m.put("runs", t.runs());
                out.add(m);
            }
            Commands.printJson(spec, out);
            return;
        }
        var out = Commands.out(spec);
        out.println("输入\t字数\t页数\t任务\t首次(ms)\t中位数(ms)\tP90(ms)\t最长(ms)\t次数");
        for (PlanBenchmark.Timing t : timings) {
            out.println(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%d", t.input(), t.characters(), t.pages(),
                    t.tasks(), t.firstMs(), t.medianMs(), t.p90Ms(), t.maxMs(), t.runs()));
        }
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
