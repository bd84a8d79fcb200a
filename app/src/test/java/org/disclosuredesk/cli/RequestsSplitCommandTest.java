// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** requests split: 一事一申请 from the command line, items as JSON. */
class RequestsSplitCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private final CliRun cli = new CliRun();

    @BeforeEach
    void ledger() throws Exception {
        db = cli.ledger(dir, "张三,自然人,2024-03-05,道路改造立项批复和招标文件,部分公开,2024-03-20");
    }

    @Test
    void split_set_a_result_list_as_json_and_merge() throws Exception {
        assertEquals(0, cli.run("--db", db.toString(), "requests", "split", "--id", "依申请〔2024〕第1号",
                "--item", "立项批复", "--item", "招标文件", "--result", "1=1", "--result", "2=4.1", "--json"), cli.err());
        JsonNode items = Commands.json().readTree(cli.out());
        assertEquals(2, items.size());
        assertEquals("依申请〔2024〕第1号-2", items.get(1).get("reference").asText());
        assertEquals("（四）无法提供 1.本机关不掌握相关政府信息", items.get(1).get("result_label").asText());
        assertEquals(0, cli.run("--db", db.toString(), "requests", "split", "--id", "1"), cli.err());
        assertTrue(cli.out().contains("拆分为 2 项") && cli.out().contains("1. 立项批复　（一）予以公开"), cli.out());
        assertEquals(0, cli.run("--db", db.toString(), "requests", "split", "--id", "1", "--merge"), cli.err());
        assertTrue(cli.out().contains("未拆分，按一件统计"), cli.out());
    }

    @Test
    void a_single_item_or_an_unknown_row_is_refused_in_chinese() throws Exception {
        assertEquals(1, cli.run("--db", db.toString(), "requests", "split", "--id", "1", "--item", "立项批复"));
        assertTrue(cli.err().contains("至少需要两项"), cli.err());
        assertEquals(1, cli.run("--db", db.toString(), "requests", "split", "--id", "1", "--item", "甲", "--item", "乙", "--result", "1=9.9"));
        assertTrue(cli.err().contains("不认识的办理结果"), cli.err());
        assertEquals(0, cli.run("--db", db.toString(), "requests", "split", "--id", "1", "--json"), cli.err());
        assertEquals(0, Commands.json().readTree(cli.out()).size(), "a refused command splits nothing");
    }
}
