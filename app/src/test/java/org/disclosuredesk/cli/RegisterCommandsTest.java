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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The register's command-line contract: import, list, search and stats, with JSON for scripts. */
class RegisterCommandsTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("desk.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), CreatedDatabase.in(all));
    }

    private Path csv() throws Exception {
        String text = "标题,文号,成文日期,发布日期,文种,有效性,废止日期\n"
                + "关于做好防汛抗旱工作的通知,示府办发〔2024〕5号,2024-05-06,2024-05-08,其他公文,,\n"
                + "示例县城市管理办法,示府规[2024]1号,2024-03-01,2024-03-04,行政规范性文件,,\n"
                + "示例县旧办法,示府规〔2020〕2号,2020-03-01,2020-03-04,行政规范性文件,已废止,2024-06-30\n"
                + "坏行,2024年3号,2024-02-30,,通知,,\n";
        Path file = dir.resolve("台账.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void import_stores_the_valid_rows_and_names_the_bad_one() throws Exception {
        assertEquals(0, run("register", "import", csv().toString(), "--json"));
        JsonNode result = Commands.json().readTree(out.toString());
        assertEquals(4, result.get("rows_read").asInt());
        assertEquals(3, result.get("imported").asInt());
        assertEquals(5, result.get("problems").get(0).get("row").asInt());
    }

    @Test
    void a_dry_run_imports_nothing() throws Exception {
        assertEquals(0, run("register", "import", csv().toString(), "--dry-run"));
        assertTrue(out.toString().contains("第 5 行"), out.toString());
        run("register", "list", "--year", "2024", "--json");
        assertEquals(0, Commands.json().readTree(out.toString()).size());
    }

    @Test
    void list_search_and_stats_print_json() throws Exception {
        run("register", "import", csv().toString());

        assertEquals(0, run("register", "list", "--year", "2024", "--json"));
        JsonNode list = Commands.json().readTree(out.toString());
        assertEquals(2, list.size());
        assertEquals("关于做好防汛抗旱工作的通知", list.get(0).get("title").asText());
        assertEquals("示府规〔2024〕1号", list.get(1).get("doc_number").asText());

        assertEquals(0, run("register", "search", "城市管理", "--json"));
        JsonNode found = Commands.json().readTree(out.toString());
        assertEquals(1, found.size());
        assertEquals("行政规范性文件", found.get(0).get("doc_type").asText());

        assertEquals(0, run("register", "stats", "--year", "2024", "--json"));
        JsonNode stats = Commands.json().readTree(out.toString());
        assertEquals(1, stats.get("normative_documents").get("made").asInt());
        assertEquals(1, stats.get("normative_documents").get("abolished").asInt());
        assertEquals(1, stats.get("normative_documents").get("in_force").asInt());
        assertEquals(0, stats.get("rules").get("made").asInt());
    }

    @Test
    void yearly_statistics_feed_the_stats() throws Exception {
        assertEquals(0, run("register", "yearly-stats", "--year", "2024", "--licensing", "1520", "--penalty", "233",
                "--coercion", "12", "--fee", "2345.67", "--note", "县政务服务中心"));
        assertEquals(0, run("register", "stats", "--year", "2024", "--json"));
        JsonNode stats = Commands.json().readTree(out.toString());
        assertEquals(1520, stats.get("licensing_decisions").asInt());
        assertEquals(2_345_670_000L, stats.get("admin_fee_fen").asLong());
        assertEquals("2345.67", stats.get("admin_fee_wan_yuan").asText());
    }

    @Test
    void a_file_with_no_valid_row_is_a_user_error() throws Exception {
        Path bad = dir.resolve("坏.csv");
        Files.writeString(bad, "标题,成文日期\n某文件,不是日期\n");
        assertEquals(1, run("register", "import", bad.toString()));
        assertTrue(err.toString().contains("没有可导入的行"), err.toString());
    }
}
