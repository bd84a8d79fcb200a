// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestsCommandTest {

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
    void import_then_list_as_json_with_due_date_status_and_result_row() throws Exception {
        Path db = dir.resolve("desk.db");
        Path csv = dir.resolve("台账.csv");
        Files.write(csv, ("姓名,类别,收件日期,所需信息,结果,答复时间\r\n"
                + "张三,自然人,2024-03-05,道路改造立项批复,予以公开,2024-03-20\r\n"
                + "某研究院,科研机构,2024-11-04,科研经费,,\r\n").getBytes(Charset.forName("GBK")));
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"申请人\": \"姓名\", \"申请人类型\": \"类别\", \"收到申请日期\": \"收件日期\","
                + " \"申请内容\": \"所需信息\", \"办理结果\": \"结果\", \"答复日期\": \"答复时间\"}");

        assertEquals(0, run("--db", db.toString(), "requests", "import", csv.toString(), "--mapping", mapping.toString()), err.toString());
        assertTrue(out.toString().contains("已导入 2 件申请"), out.toString());

        assertEquals(0, run("--db", db.toString(), "requests", "list", "--year", "2024", "--json"), err.toString());
        JsonNode list = Commands.json().readTree(out.toString());
        assertEquals(2, list.size());
        JsonNode open = list.get(1);
        assertEquals("依申请〔2024〕第2号", open.get("reg_number").asText(), "in order of registration");
        assertEquals("已逾期", open.get("status").asText());
        assertEquals("2024-12-02", open.get("due_on").asText()); // November: no holiday in any calendar
        assertTrue(open.get("result_label").isNull());
        JsonNode closed = list.get(0);
        assertEquals("已办结", closed.get("status").asText());
        assertEquals("1", closed.get("result_code").asText());
        assertEquals("（一）予以公开", closed.get("result_label").asText());
        assertEquals("2024-03-05", closed.get("received_on").asText());
    }

    @Test
    void an_import_with_a_bad_row_stores_nothing_and_names_the_row() throws Exception {
        Path db = dir.resolve("desk.db");
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "申请人,申请人类型,收到申请日期,申请内容\n张三,自然人,2024-03-05,甲\n李四,,2024-03-06,乙\n");
        assertEquals(1, run("--db", db.toString(), "requests", "import", csv.toString()));
        assertTrue(err.toString().contains("第 3 行：缺少申请人类型"), err.toString());
        assertTrue(err.toString().contains("没有导入任何记录"), err.toString());
        assertEquals(0, run("--db", db.toString(), "requests", "list", "--year", "2024", "--json"));
        assertEquals("[ ]", out.toString().strip());

        assertEquals(0, run("--db", db.toString(), "requests", "import", csv.toString(), "--skip-invalid"), err.toString());
        assertTrue(out.toString().contains("已导入 1 件申请，跳过 1 行"), out.toString());
    }

    // [utest->req~import.refused-json~1]
    @Test
    void a_refused_import_with_json_prints_the_problems_as_json_on_stdout() throws Exception {
        Path db = dir.resolve("desk.db");
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "申请人,申请人类型,收到申请日期,申请内容,办理结果\n张三,企业,2024-03-05,甲,\n李四,,2024-03-06,乙,\n");
        assertEquals(1, run("--db", db.toString(), "requests", "import", csv.toString(), "--json"));
        String json = out.toString();
        assertTrue(json.contains("\"refused\" : true") && json.contains("第 3 行：缺少申请人类型"), json);
        assertTrue(json.contains("第 2 行：申请人类型“企业”按“法人或其他组织-商业企业”导入，请核对"), json);
        assertTrue(err.toString().contains("没有导入任何记录"), err.toString());
    }

    @Test
    void export_writes_the_year_to_xlsx() throws Exception {
        Path db = dir.resolve("desk.db");
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "申请人,申请人类型,收到申请日期,申请内容\n张三,自然人,2024-03-05,甲\n");
        assertEquals(0, run("--db", db.toString(), "requests", "import", csv.toString()));
        Path xlsx = dir.resolve("out").resolve("2024.xlsx");
        assertEquals(0, run("--db", db.toString(), "requests", "export", "--year", "2024", "--out", xlsx.toString()), err.toString());
        assertTrue(Files.size(xlsx) > 1000);
    }

    @Test
    void help_lists_the_subcommands() {
        assertEquals(0, run("requests", "--help"), err.toString());
        assertTrue(out.toString().contains("import") && out.toString().contains("list") && out.toString().contains("export"), out.toString());
    }
}
