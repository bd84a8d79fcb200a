// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestsNoticeCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private final CliRun cli = new CliRun();

    @BeforeEach
    void ledger() throws Exception {
        db = cli.ledger(dir, "张三,自然人,2024-03-05,道路改造立项批复,予以公开,2024-03-20");
    }

    @Test
    void a_reply_notice_is_issued_once_and_reprinted_with_the_same_number() throws Exception {
        Path pdf = dir.resolve("答复.pdf");
        assertEquals(0, cli.run("--db", db.toString(), "requests", "notice", "--id", "依申请〔2024〕第1号", "--kind", "reply",
                "--out", pdf.toString()), cli.err());
        assertTrue(cli.out().startsWith("已出具 答复告知书：（一）予以公开 政公开答〔"), cli.out());
        assertTrue(Files.size(pdf) > 1000);
        String first = cli.out();
        Path docx = dir.resolve("答复.docx");
        assertEquals(0, cli.run("--db", db.toString(), "requests", "notice", "--id", "1", "--kind", "reply", "--out", docx.toString(),
                "--docx"), cli.err());
        assertTrue(cli.out().startsWith("已重印"), cli.out());
        assertEquals(first.substring(first.indexOf("政公开答"), first.indexOf("）：")),
                cli.out().substring(cli.out().indexOf("政公开答"), cli.out().indexOf("）：")));
        assertTrue(cli.out().contains("注意：文中有【未记录：提供方式】"), "an imported request has no delivery method\n" + cli.out());
    }

    @Test
    void a_notice_the_request_has_no_step_for_is_refused_with_what_it_can_have() {
        assertEquals(1, cli.run("--db", db.toString(), "requests", "notice", "--id", "1", "--kind", "correction",
                "--out", dir.resolve("x.pdf").toString()));
        assertTrue(cli.err().contains("没有需要补正告知书的步骤") && cli.err().contains("receipt、reply"), cli.err());
        assertEquals(1, cli.run("--db", db.toString(), "requests", "notice", "--id", "1", "--kind", "letter", "--out", "x.pdf"));
        assertTrue(cli.err().contains("不认识的告知书种类"), cli.err());
    }

    @Test
    void a_split_application_with_two_results_needs_result_to_say_which_reply() {
        assertEquals(0, cli.run("--db", db.toString(), "requests", "split", "--id", "1", "--item", "立项批复", "--item", "执法案卷",
                "--result", "2=3.7"), cli.err());
        Path pdf = dir.resolve("答复.pdf");
        assertEquals(1, cli.run("--db", db.toString(), "requests", "notice", "--id", "1", "--kind", "reply", "--out", pdf.toString()));
        assertTrue(cli.err().contains("须分别答复：请用 --result 指定 1（（一）予以公开）、3.7（（三）不予公开 7.属于行政执法案卷）之一"),
                cli.err());
        assertEquals(0, cli.run("--db", db.toString(), "requests", "notice", "--id", "1", "--kind", "reply", "--result", "3.7",
                "--out", pdf.toString()), cli.err());
        assertTrue(cli.out().startsWith("已出具 答复告知书：（三）不予公开 7.属于行政执法案卷"), cli.out());
        assertEquals(1, cli.run("--db", db.toString(), "requests", "notice", "--id", "1", "--kind", "reply", "--result", "4.1",
                "--out", pdf.toString()));
        assertTrue(cli.err().contains("没有结果为“4.1”的答复"), cli.err());
    }
}
