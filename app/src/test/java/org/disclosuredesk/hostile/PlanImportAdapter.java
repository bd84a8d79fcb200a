// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.plan.PlanCorpusDocx;
import org.disclosuredesk.plan.PlanDraft;
import org.disclosuredesk.plan.PlanSummary;

/** 工作方案 → 导入 (.docx/.txt), as {@code plan import FILE} runs it: read, then stored whole or not at all. */
final class PlanImportAdapter implements ImporterAdapter {

    @Override
    public String name() {
        return "plan import";
    }

    @Override
    public List<Path> validFiles(Path dir) throws Exception {
        return List.of(corpus(dir, "county-points.txt"), corpus(dir, "bureau-plan.txt"), PlanCorpusDocx.taskTable(dir),
                PlanCorpusDocx.autoNumbered(dir));
    }

    @Override
    public List<BrokenInput> brokenInputs(Path dir) throws Exception {
        String plan = Files.readString(corpus(dir, "county-points.txt"));
        List<String> paragraphs = List.of(plan.split("\n"));
        return List.of(
                BrokenInput.refused("an empty .txt file", HostileFiles.empty(dir, "empty.txt"), "empty"),
                BrokenInput.refused("an empty .docx file", HostileFiles.empty(dir, "empty.docx"), "empty"),
                BrokenInput.refused("a .docx that is a zip of something else", HostileFiles.zipOfSomethingElse(dir, "方案.docx"), "方案.docx"),
                BrokenInput.refused("a .docx that is really a spreadsheet", HostileFiles.xlsx(dir, "表格.docx", List.of(List.of("序号", "任务"))),
                        "表格.docx"),
                BrokenInput.accepted("a GBK .txt (Notepad's ANSI on a Chinese Windows)", HostileFiles.gbk(dir, "要点-gbk.txt", plan),
                        ctx -> assertEquals(List.of("某县2022年政务公开工作要点"), titles(ctx))),
                BrokenInput.accepted("the same plan as a .docx", HostileFiles.docx(dir, "要点.docx", paragraphs),
                        ctx -> assertEquals(List.of("某县2022年政务公开工作要点"), titles(ctx))),
                BrokenInput.accepted("duplicated task lines are kept as written",
                        HostileFiles.text(dir, "dup.txt", plan + "\n" + paragraphs.get(paragraphs.size() - 1), StandardCharsets.UTF_8),
                        ctx -> assertTrue(tasks(ctx) > 0)),
                BrokenInput.accepted("a huge paragraph", HostileFiles.text(dir, "huge.txt", plan + "\n（三）" + HostileFiles.HUGE_CELL + "。",
                        StandardCharsets.UTF_8), ctx -> assertTrue(tasks(ctx) > 0)));
    }

    @Override
    public String run(AppContext context, Path file) {
        PlanDraft draft = context.plans().read(file, null);
        int before = context.database().tableCounts().get("plan_task");
        context.plans().importPlan(draft);
        int after = context.database().tableCounts().get("plan_task");
        if (after - before != draft.items().size()) {
            throw new AssertionError("partial import: " + draft.items().size() + " items read, " + (after - before) + " stored");
        }
        return "";
    }

    private static List<String> titles(AppContext ctx) {
        return ctx.plans().plans().stream().map(PlanSummary::title).sorted().collect(java.util.stream.Collectors.toList());
    }

    private static int tasks(AppContext ctx) {
        return ctx.database().tableCounts().get("plan_task");
    }

    private static Path corpus(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = PlanImportAdapter.class.getResourceAsStream("/plan/corpus/" + name)) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}
