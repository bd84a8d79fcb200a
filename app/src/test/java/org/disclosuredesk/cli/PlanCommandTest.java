// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan import, list, export and summary through the command line, on a real database file. */
class PlanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), CreatedDatabase.in(args));
    }

    @Test
    void import_then_list_export_and_summarise() throws Exception {
        Path db = dir.resolve("desk.db");
        Path plan = dir.resolve("004.txt");
        try (InputStream in = getClass().getResourceAsStream("/plan/seeds/004_b32853dd90e83484.txt")) {
            Files.copy(in, plan);
        }

        assertEquals(0, run("--db", db.toString(), "plan", "import", plan.toString(), "--json"), err.toString());
        JsonNode imported = JSON.readTree(out.toString());
        assertEquals(32, imported.get("tasks").asInt());
        assertEquals(2020, imported.get("year").asInt());

        assertEquals(0, run("--db", db.toString(), "plan", "list", "--json"), err.toString());
        JsonNode list = JSON.readTree(out.toString());
        assertEquals(1, list.size());
        assertEquals(0, list.get(0).get("completion_percent").asInt());

        Path xlsx = dir.resolve("表.xlsx");
        assertEquals(0, run("--db", db.toString(), "plan", "export", imported.get("plan_id").asText(), "--xlsx", xlsx.toString()), err.toString());
        assertTrue(Files.size(xlsx) > 1000);

        assertEquals(0, run("--db", db.toString(), "plan", "summary", "--year", "2020", "--json"), err.toString());
        JsonNode summary = JSON.readTree(out.toString());
        assertEquals(32, summary.get("tasks").asInt());
        assertEquals(0, summary.get("done").asInt());
    }

    @Test
    void the_list_says_which_tasks_are_left_out_of_the_percentage() throws Exception {
        Path db = dir.resolve("desk.db");
        Path plan = Files.writeString(dir.resolve("p.txt"),
                "某局2025年政务公开工作方案\n一、任务\n（一）做好公开。（办公室负责）\n（二）做好解读。（办公室负责）\n");
        assertEquals(0, run("--db", db.toString(), "plan", "import", plan.toString()), err.toString());
        try (org.disclosuredesk.AppContext ctx = new org.disclosuredesk.AppContext(org.disclosuredesk.db.Database.open(db),
                java.time.Clock.systemDefaultZone())) {
            var tasks = ctx.plans().items(ctx.plans().plans().get(0).id()).stream().filter(t -> !t.heading()).toList();
            ctx.plans().changeStatus(tasks.get(0).id(), org.disclosuredesk.plan.TaskStatus.DONE, null);
            ctx.plans().changeStatus(tasks.get(1).id(), org.disclosuredesk.plan.TaskStatus.NOT_APPLICABLE, null);
        }

        assertEquals(0, run("--db", db.toString(), "plan", "list"), err.toString());

        // 1 of 2 done reads 100% only because the other task does not apply: the line has to say so.
        assertTrue(out.toString().contains("任务 2 项（其中不适用 1 项，不计入完成率），已完成 1 项（100%）"), out.toString());
    }

    @Test
    void a_plan_without_a_year_needs_the_year_option() throws Exception {
        Path db = dir.resolve("desk.db");
        Path plan = Files.writeString(dir.resolve("p.txt"), "某单位政务公开工作方案\n一、任务\n（一）做好公开。（办公室负责）\n");
        assertEquals(1, run("--db", db.toString(), "plan", "import", plan.toString()));
        assertTrue(err.toString().contains("年度"), err.toString());
        assertEquals(0, run("--db", db.toString(), "plan", "import", plan.toString(), "--year", "2025"), err.toString());
    }

    @Test
    void bench_prints_a_timing_for_text_and_docx() throws Exception {
        assertEquals(0, run("plan", "bench", "--pages", "2", "--runs", "3", "--json"), err.toString());
        JsonNode timings = JSON.readTree(out.toString());
        assertEquals("txt", timings.get(0).get("input").asText());
        assertEquals("docx", timings.get(1).get("input").asText());
        assertTrue(timings.get(0).get("tasks").asInt() > 10);
    }
}
