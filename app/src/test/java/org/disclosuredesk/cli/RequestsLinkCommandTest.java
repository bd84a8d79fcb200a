// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.register.DocumentDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code requests link / unlink / show}: 第四十四条 links from the command line. */
// [utest->req~links.proactive~1]
class RequestsLinkCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private long document;
    private final CliRun cli = new CliRun();

    @BeforeEach
    void aDisclosedRequestAndADocument() throws Exception {
        db = cli.ledger(dir, "张三,自然人,2024-03-05,征地补偿标准,予以公开,2024-03-20");
        try (AppContext ctx = AppContext.open(db)) {
            document = ctx.register().create(DocumentDraft.builder().title("示例镇征地补偿标准").docNumber("示镇发〔2024〕5号")
                    .issuingOrgan("示例镇人民政府").writtenOn(LocalDate.parse("2024-04-01")).publishedOn(LocalDate.parse("2024-04-02"))
                    .channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE)).build());
        }
    }

    @Test
    void link_by_registration_number_then_show_prints_the_document_in_text_and_json() throws Exception {
        assertEquals(0, cli.run("--db", db.toString(), "requests", "link", "--request", "依申请〔2024〕第1号",
                "--document", String.valueOf(document), "--note", "同类申请 3 件"), cli.err());
        assertTrue(cli.out().contains("已关联：依申请〔2024〕第1号") && cli.out().contains("示镇发〔2024〕5号"), cli.out());

        assertEquals(0, cli.run("--db", db.toString(), "requests", "show", "--request", "依申请〔2024〕第1号"), cli.err());
        assertTrue(cli.out().contains("转为主动公开：《示例镇征地补偿标准》"), cli.out());

        assertEquals(0, cli.run("--db", db.toString(), "requests", "show", "--request", "依申请〔2024〕第1号", "--json"), cli.err());
        JsonNode shown = Commands.json().readTree(cli.out());
        assertEquals("依申请〔2024〕第1号", shown.get("request").get("reg_number").asText());
        JsonNode linked = shown.get("proactive_documents");
        assertEquals(1, linked.size());
        assertEquals(document, linked.get(0).get("document_id").asLong());
        assertEquals("示镇发〔2024〕5号", linked.get(0).get("doc_number").asText());
        assertEquals("同类申请 3 件", linked.get(0).get("note").asText());
    }

    @Test
    void a_second_link_and_an_unknown_document_are_refused_on_stderr() {
        assertEquals(0, cli.run("--db", db.toString(), "requests", "link", "--request", "1", "--document", String.valueOf(document)));

        assertEquals(1, cli.run("--db", db.toString(), "requests", "link", "--request", "1", "--document", String.valueOf(document)));
        assertTrue(cli.err().contains("不必重复关联"), cli.err());
        assertEquals(1, cli.run("--db", db.toString(), "requests", "link", "--request", "1", "--document", "999"));
        assertTrue(cli.err().contains("主动公开台账中没有第 999 条文件"), cli.err());
    }

    @Test
    void unlink_removes_the_link_that_show_then_no_longer_lists() throws Exception {
        assertEquals(0, cli.run("--db", db.toString(), "requests", "link", "--request", "1", "--document", String.valueOf(document)));

        assertEquals(0, cli.run("--db", db.toString(), "requests", "unlink", "--request", "1", "--document", String.valueOf(document)),
                cli.err());
        assertTrue(cli.out().contains("已取消关联"), cli.out());

        assertEquals(0, cli.run("--db", db.toString(), "requests", "show", "--request", "1", "--json"));
        assertEquals(0, Commands.json().readTree(cli.out()).get("proactive_documents").size());
    }
}
