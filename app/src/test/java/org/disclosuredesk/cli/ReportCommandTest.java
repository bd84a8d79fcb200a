// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.report.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report commands as other tools call them: JSON by label, exit code 1 with the list of errors. */
class ReportCommandTest {

    @TempDir
    Path dir;
    private Path db;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void handMadeYear() {
        TestLedger ledger = TestLedger.open(dir);
        TestLedger.standardYear(ledger, 2025);
        ledger.context.close();
        db = dir.resolve("t.db");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void build_prints_each_table_by_its_labels_and_exits_1_while_sections_are_unwritten() throws Exception {
        assertEquals(1, run("report", "build", "--year", "2025", "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("2021", json.path("format").path("version").asText());
        JsonNode three = json.path("tables").path("三、收到和处理政府信息公开申请情况");
        assertEquals("一、本年新收政府信息公开申请数量", three.get(0).path("row").asText());
        assertEquals(25, three.get(0).path("总计").asInt());
        assertEquals(7, three.get(0).path("自然人").asInt());
        assertEquals("（四）无法提供 1.本机关不掌握相关政府信息", three.get(12).path("row").asText());
        assertEquals(2, three.get(12).path("总计").asInt());
        JsonNode four = json.path("tables").path("四、政府信息公开行政复议、行政诉讼情况");
        assertEquals(2, four.path("行政复议").path("尚未审结").asInt());
        assertEquals(1, four.path("行政诉讼").path("复议后起诉").path("其他结果").asInt());
        JsonNode two = json.path("tables").path("二、主动公开政府信息情况");
        assertEquals("行政规范性文件", two.get(0).path("rows").get(1).path("信息内容").asText());
        assertEquals(1.2345, two.get(3).path("rows").get(0).path("本年收费金额（单位：万元）").asDouble(), 1e-9);
        assertFalse(json.path("checks").path("exportable").asBoolean());
        assertTrue(err.toString().contains("五、存在的主要问题及改进情况"), err.toString());
    }

    @Test
    void draft_then_pdf_and_docx_export() {
        assertEquals(0, run("report", "draft", "--year", "2025"));
        assertEquals(1, run("report", "draft", "--year", "2025"), "a written narrative is not overwritten by accident");
        Path pdf = dir.resolve("2025年报.pdf");
        assertEquals(0, run("report", "pdf", "--year", "2025", "--out", pdf.toString()), err.toString());
        assertTrue(Files.exists(pdf));
        Path docx = dir.resolve("2025年报.docx");
        assertEquals(0, run("report", "docx", "--year", "2025", "--out", docx.toString()), err.toString());
        assertTrue(Files.exists(docx));
    }

    @Test
    void an_error_blocks_the_pdf_with_the_list_of_what_is_wrong() {
        TestLedger again = TestLedger.open(dir);
        again.narrative(2025, "本年度共收到政府信息公开申请58件。", "", "本年度未收取信息处理费。");
        again.context.close();
        Path pdf = dir.resolve("报告.pdf");
        assertEquals(1, run("report", "pdf", "--year", "2025", "--out", pdf.toString()));
        assertFalse(Files.exists(pdf));
        String errors = err.toString();
        assertTrue(errors.contains("2025年度报告有2处错误，不能导出"), errors);
        assertTrue(errors.contains("1. 「一、总体情况」：「一、总体情况」写「本年度共收到政府信息公开申请58件」"), errors);
        assertTrue(errors.contains("2. 「五、存在的主要问题及改进情况」"), errors);
    }

    @Test
    void the_final_export_locks_the_year() {
        assertEquals(0, run("report", "draft", "--year", "2025"));
        assertEquals(0, run("report", "pdf", "--year", "2025", "--final", "--out", dir.resolve("定稿.pdf").toString()), err.toString());
        assertTrue(out.toString().contains("2025年度已锁定"));
        try (AppContext ctx = AppContext.open(db)) {
            assertTrue(ctx.yearLocks().isLocked(2025));
        }
        assertEquals(1, run("report", "draft", "--year", "2025", "--overwrite"));
        assertTrue(err.toString().contains("已锁定"), err.toString());
    }

    @Test
    void a_file_name_with_the_wrong_extension_is_refused() {
        assertEquals(1, run("report", "docx", "--year", "2025", "--out", dir.resolve("报告.pdf").toString()));
        assertTrue(err.toString().contains(".docx"), err.toString());
    }
}
