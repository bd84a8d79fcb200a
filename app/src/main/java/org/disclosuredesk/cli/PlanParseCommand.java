// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.plan.Deadline;
import org.disclosuredesk.plan.ParsedPlan;
import org.disclosuredesk.plan.PlanItem;
import org.disclosuredesk.plan.PlanParser;
import org.disclosuredesk.plan.TaskPart;
import org.disclosuredesk.plan.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan parse FILE [--year YYYY] --json}: the plan as other tools read it. The field names are a
 * contract: title, issuer, year, tasks[path, text, lead_units, responsible_units, deadlines, due_date,
 * targets]; further fields (doc_number, deadline_kind, recurrence, parts, headings) only add to it.
 */
@Command(name = "parse", description = "读取工作方案（.docx/.txt），输出标题、发文机关、年度和任务（不写入数据库）。")
final class PlanParseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "工作方案文件（.docx 或 .txt）")
    Path file;

    @Option(names = "--year", paramLabel = "YYYY", description = "方案年度（不写则从标题或正文读取）")
    Integer year;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        ParsedPlan plan = PlanParser.parse(file, year);
        if (json) {
            Commands.printJson(spec, toJson(plan));
            return;
        }
        var out = Commands.out(spec);
        out.println("标题：" + nullToDash(plan.title()));
        out.println("发文机关：" + nullToDash(plan.issuer()));
        out.println("文号：" + nullToDash(plan.docNumber()));
        out.println("年度：" + (plan.year() == null ? "—" : plan.year()));
        out.println("任务：" + plan.tasks().size() + " 项");
        for (PlanItem item : plan.items()) {
            String indent = "  ".repeat(Math.max(0, item.path().size() - 1));
            out.println(indent + String.join(" ", item.path()) + (item.heading() ? " ▸ " : " · ") + firstLine(item.text()));
            if (!item.heading()) {
                if (!item.leadUnits().isEmpty()) {
                    out.println(indent + "    牵头：" + String.join("、", item.leadUnits()));
                }
                if (!item.responsibleUnits().isEmpty()) {
                    out.println(indent + "    责任：" + String.join("、", item.responsibleUnits()));
                }
                if (!item.deadlines().isEmpty()) {
                    out.println(indent + "    时限：" + String.join("；", item.deadlines().stream().map(Deadline::phrase).toList())
                            + (item.dueDate() == null ? "" : "（" + item.dueDate() + "）"));
                }
            }
        }
    }

    /** The JSON contract, with snake_case names and empty lists where the plan gives nothing. */
    static Map<String, Object> toJson(ParsedPlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", plan.title());
        root.put("issuer", plan.issuer());
        root.put("doc_number", plan.docNumber());
        root.put("year", plan.year());
        List<Map<String, Object>> tasks = new ArrayList<>();
        List<Map<String, Object>> headings = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            if (item.heading()) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("path", item.path());
                h.put("text", item.text());
                headings.add(h);
                continue;
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("path", item.path());
            t.put("text", item.text());
            t.put("lead_units", item.leadUnits());
            t.put("responsible_units", item.responsibleUnits());
            t.put("deadlines", item.deadlines().stream().map(Deadline::phrase).toList());
            t.put("due_date", item.dueDate() == null ? null : item.dueDate().toString());
            t.put("deadline_kind", item.deadlineKind().name());
            t.put("recurrence", item.recurrence() == null ? null : item.recurrence().name());
            t.put("targets", item.targets().stream().map(Target::text).toList());
            List<Map<String, Object>> parts = new ArrayList<>();
            for (TaskPart p : item.parts()) {
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("text", p.text());
                part.put("lead_units", p.leadUnits());
                part.put("responsible_units", p.responsibleUnits());
                parts.add(part);
            }
            t.put("parts", parts);
            tasks.add(t);
        }
        root.put("tasks", tasks);
        root.put("headings", headings);
        return root;
    }

    private static String firstLine(String text) {
        String line = text.split("\n", 2)[0];
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }

}
