// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.plan.PlanDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan import FILE}: reads the plan and stores it as read, units linked to the directory where a
 * name or alias matches exactly (the window's review screen is where corrections are made).
 */
@Command(name = "import", description = "读取工作方案并存入数据库（单位名称与单位名录完全一致时自动关联）。")
final class PlanImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "工作方案文件（.docx 或 .txt）")
    Path file;

    @Option(names = "--year", paramLabel = "YYYY", description = "方案年度（不写则从标题或正文读取）")
    Integer year;

    @Option(names = "--title", paramLabel = "标题", description = "方案标题（不写则从文件读取）")
    String title;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        AppContext ctx = Commands.context(spec);
        PlanDraft draft = ctx.plans().read(file, year);
        if (title != null && !title.isBlank()) {
            draft = draft.withTitle(title);
        }
        long id = ctx.plans().importPlan(draft);
        long units = draft.items().stream().mapToLong(i -> i.units().size()).sum();
        long linked = draft.items().stream().flatMap(i -> i.units().stream()).filter(u -> u.unitId() != null).count();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("plan_id", id);
            out.put("title", draft.title());
            out.put("year", draft.year());
            out.put("tasks", draft.taskCount());
            out.put("units", units);
            out.put("units_linked", linked);
            Commands.printJson(spec, out);
        } else {
            var out = Commands.out(spec);
            out.println("已导入工作方案（编号 " + id + "）：" + draft.title() + "（" + draft.year() + "年）");
            out.println("任务 " + draft.taskCount() + " 项；单位 " + units + " 处，其中 " + linked + " 处已与单位名录关联。");
        }
    }
}
