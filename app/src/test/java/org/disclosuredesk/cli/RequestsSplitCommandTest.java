// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** requests split: 一事一申请 from the command line, items as JSON. */
class RequestsSplitCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), CreatedDatabase.in(args));
    }

    @BeforeEach
    void ledger() throws Exception {
        db = dir.resolve("desk.db");
        Path csv = dir.resolve("台账.csv");
        Files.write(csv, ("申请人,申请人类型,收到申请日期,申请内容,办理结果,答复日期\r\n"
                + "张三,自然人,2024-03-05,道路改造立项批复和招标文件,部分公开,2024-03-20\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(0, run("--db", db.toString(), "requests", "import", csv.toString()), err.toString());
    }

    @Test
    void split_set_a_result_list_as_json_and_merge() throws Exception {
        assertEquals(0, run("--db", db.toString(), "requests", "split", "--id", "依申请〔2024〕第1号",
                "--item", "立项批复", "--item", "招标文件", "--result", "1=1", "--result", "2=4.1", "--json"), err.toString());
        JsonNode items = Commands.json().readTree(out.toString());
        assertEquals(2, items.size());
        assertEquals("依申请〔2024〕第1号-2", items.get(1).get("reference").asText());
        assertEquals("（四）无法提供 1.本机关不掌握相关政府信息", items.get(1).get("result_label").asText());
        assertEquals(0, run("--db", db.toString(), "requests", "split", "--id", "1"), err.toString());
        assertTrue(out.toString().contains("拆分为 2 项") && out.toString().contains("1. 立项批复　（一）予以公开"), out.toString());
        assertEquals(0, run("--db", db.toString(), "requests", "split", "--id", "1", "--merge"), err.toString());
        assertTrue(out.toString().contains("未拆分，按一件统计"), out.toString());
    }

    @Test
    void a_single_item_or_an_unknown_row_is_refused_in_chinese() throws Exception {
        assertEquals(1, run("--db", db.toString(), "requests", "split", "--id", "1", "--item", "立项批复"));
        assertTrue(err.toString().contains("至少需要两项"), err.toString());
        assertEquals(1, run("--db", db.toString(), "requests", "split", "--id", "1", "--item", "甲", "--item", "乙", "--result", "1=9.9"));
        assertTrue(err.toString().contains("不认识的办理结果"), err.toString());
        assertEquals(0, run("--db", db.toString(), "requests", "split", "--id", "1", "--json"), err.toString());
        assertEquals(0, Commands.json().readTree(out.toString()).size(), "a refused command splits nothing");
    }
}
