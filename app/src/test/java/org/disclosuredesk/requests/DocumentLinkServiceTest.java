// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.SourceRequest;
import org.disclosuredesk.report.LedgerFigures;
import org.disclosuredesk.shared.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 条例第四十四条: a request whose information was disclosed is linked to the register entry it made 主动公开. */
// [utest->req~links.proactive~1]
class DocumentLinkServiceTest {

    @TempDir
    Path dir;

    private RequestFixture f;
    private DocumentLinkService links;

    @BeforeEach
    void open() {
        f = new RequestFixture(dir, "2026-03-02");
        links = f.context.documentLinks();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Request disclosed(String receivedOn, String decidedOn, ResultRow result) {
        Request r = f.register(receivedOn, "张三", "本镇2025年征地补偿标准");
        f.service.addEvent(r.id(), RequestEvent.decision(LocalDate.parse(decidedOn), result));
        return f.service.find(r.id());
    }

    private long document(String title, String docNumber) {
        return document(title, docNumber, DisclosureAttribute.PROACTIVE);
    }

    private long document(String title, String docNumber, DisclosureAttribute attribute) {
        return f.context.register().create(DocumentDraft.builder().title(title).docNumber(docNumber)
                .issuingOrgan("示例县人民政府办公室").writtenOn(LocalDate.parse("2025-05-06")).publishedOn(LocalDate.parse("2025-05-08"))
                .attribute(attribute).nonDisclosureReason(attribute == DisclosureAttribute.PROACTIVE ? null : "涉及个人隐私")
                .channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE)).docType(DocType.OTHER).build());
    }

    private int stored() {
        return f.count("request_document_link");
    }

    @Test
    void a_disclosed_request_is_linked_and_each_side_shows_the_other() {
        Request r = disclosed("2025-04-07", "2025-04-15", ResultRow.DISCLOSED);
        long doc = document("示例镇2025年征地补偿标准", "示镇发〔2025〕5号");

        DocumentLink link = links.link(r.id(), doc, "同类申请 4 件");

        assertEquals(r.number().text(), link.requestNumber());
        assertEquals("示镇发〔2025〕5号", link.document().docNumber());
        assertEquals(LocalDate.parse("2026-03-02"), link.linkedOn());
        assertEquals(List.of(link), links.forRequest(r.id()));
        assertEquals(List.of(new SourceRequest(r.id(), r.number().text(), LocalDate.parse("2026-03-02"), "同类申请 4 件")),
                links.forDocument(doc));
        assertTrue(f.context.audit().history("request", r.id()).stream().anyMatch(a -> a.summary().contains("示镇发〔2025〕5号")));
        assertTrue(f.context.audit().history("document", doc).stream().anyMatch(a -> a.summary().contains(r.number().text())));
    }

    @Test
    void a_partly_disclosed_request_may_become_proactive_too() {
        Request r = disclosed("2025-04-07", "2025-04-15", ResultRow.PARTLY_DISCLOSED);
        long doc = document("示例镇2025年征地补偿标准", null);
        links.link(r.id(), doc, null);
        assertEquals(1, stored());
    }

    @Test
    void the_same_pair_is_not_linked_twice() {
        Request r = disclosed("2025-04-07", "2025-04-15", ResultRow.DISCLOSED);
        long doc = document("示例镇2025年征地补偿标准", "示镇发〔2025〕5号");
        links.link(r.id(), doc, null);
        int audited = f.context.audit().history("request", r.id()).size();

        UserError e = assertThrows(UserError.class, () -> links.link(r.id(), doc, "again"));

        assertTrue(e.getMessage().contains("不必重复关联") && e.getMessage().contains(r.number().text()), e.getMessage());
        assertEquals(1, stored());
        assertEquals(audited, f.context.audit().history("request", r.id()).size());
    }

    @Test
    void an_unknown_request_or_document_is_refused_naming_the_number_and_nothing_is_stored() {
        Request r = disclosed("2025-04-07", "2025-04-15", ResultRow.DISCLOSED);
        long doc = document("示例镇2025年征地补偿标准", "示镇发〔2025〕5号");

        UserError noRequest = assertThrows(UserError.class, () -> links.link(9999, doc, null));
        UserError noDocument = assertThrows(UserError.class, () -> links.link(r.id(), 8888, null));

        assertTrue(noRequest.getMessage().contains("找不到内部编号为 9999 的申请"), noRequest.getMessage());
        assertTrue(noDocument.getMessage().contains("主动公开台账中没有第 8888 条文件"), noDocument.getMessage());
        assertEquals(0, stored());
        assertTrue(f.context.audit().history("document", doc).stream().noneMatch(a -> a.summary().contains("来源申请")));
    }

    @Test
    void only_information_disclosed_on_request_becomes_proactive() {
        Request open = f.register("2025-04-07", "李四", "某项目环评报告");
        Request refused = disclosed("2025-04-08", "2025-04-20", ResultRow.UNAVAILABLE_NOT_HELD);
        long doc = document("某项目环评报告", null);

        UserError notAnswered = assertThrows(UserError.class, () -> links.link(open.id(), doc, null));
        UserError notDisclosed = assertThrows(UserError.class, () -> links.link(refused.id(), doc, null));

        assertTrue(notAnswered.getMessage().contains("尚未答复"), notAnswered.getMessage());
        assertTrue(notDisclosed.getMessage().contains("只有予以公开或部分公开的申请"), notDisclosed.getMessage());
        assertEquals(0, stored());
    }

    @Test
    void a_register_entry_not_marked_proactive_is_refused() {
        Request r = disclosed("2025-04-07", "2025-04-15", ResultRow.DISCLOSED);
        long doc = document("某人员名单", null, DisclosureAttribute.ON_REQUEST);

        UserError e = assertThrows(UserError.class, () -> links.link(r.id(), doc, null));

        assertTrue(e.getMessage().contains("请先在主动公开台账中改为主动公开"), e.getMessage());
        assertEquals(0, stored());
    }

    @Test
    void unlinking_removes_the_link_and_a_missing_link_is_said_so() {
        Request r = disclosed("2025-04-07", "2025-04-15", ResultRow.DISCLOSED);
        long doc = document("示例镇2025年征地补偿标准", "示镇发〔2025〕5号");
        links.link(r.id(), doc, null);

        links.unlink(r.id(), doc);

        assertEquals(0, stored());
        assertEquals(List.of(), links.forDocument(doc));
        UserError e = assertThrows(UserError.class, () -> links.unlink(r.id(), doc));
        assertTrue(e.getMessage().contains("没有关联"), e.getMessage());
        assertTrue(f.context.audit().history("request", r.id()).stream().anyMatch(a -> a.summary().contains("取消关联")));
    }

    @Test
    void deleting_the_document_removes_its_links_and_keeps_the_request() {
        Request r = disclosed("2025-04-07", "2025-04-15", ResultRow.DISCLOSED);
        long doc = document("示例镇2025年征地补偿标准", "示镇发〔2025〕5号");
        links.link(r.id(), doc, null);

        f.context.register().delete(doc);

        assertEquals(0, stored());
        assertEquals(List.of(), links.forRequest(r.id()));
        assertEquals(r.number(), f.service.find(r.id()).number());
    }

    @Test
    void a_link_moves_no_report_figure_so_a_locked_year_allows_it() {
        Request r = disclosed("2025-04-07", "2025-04-15", ResultRow.DISCLOSED);
        long doc = document("示例镇2025年征地补偿标准", "示镇发〔2025〕5号");
        LedgerFigures before = f.context.report().aggregate(2025);
        f.context.database().inTransaction(() -> {
            f.context.yearLocks().lock(2025);
            return null;
        });

        links.link(r.id(), doc, null);

        assertEquals(1, stored());
        assertEquals(before, f.context.report().aggregate(2025));
    }
}
