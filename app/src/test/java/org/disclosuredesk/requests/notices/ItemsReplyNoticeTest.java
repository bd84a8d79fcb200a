// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 一事一申请: a split application gets one reply per result its items have, each stating its items' result and naming
 * the items the others answer; an application not split reads as before.
 */
// [utest->req~items.counting~1]
class ItemsReplyNoticeTest {

    @TempDir
    Path dir;
    private NoticeScenario s;

    @BeforeEach
    void open() {
        s = new NoticeScenario(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private List<NoticeChoice> replies(Request r) {
        return s.notices.entries(r.id()).stream().map(NoticeService.Entry::choice)
                .filter(x -> x.type().kind() == NoticeKind.REPLY).toList();
    }

    private String reply(Request r) {
        return s.notices.issue(r.id(), replies(r).get(0)).text().plainText();
    }

    private String reply(Request r, ResultRow row) {
        NoticeChoice c = replies(r).stream().filter(x -> x.type().row() == row).findFirst().orElseThrow();
        return s.notices.issue(r.id(), c).text().plainText();
    }

    @Test
    void items_with_three_results_get_three_replies_each_answering_its_own_items() {
        Request r = s.closedWith(ResultRow.PARTLY_DISCLOSED);
        s.f.context.requestItems().split(r.id(), List.of("处罚决定书", "执法案卷", "统计月报"));
        s.f.context.requestItems().setResult(r.id(), 2, ResultRow.WITHHELD_ENFORCEMENT_FILE);
        s.f.context.requestItems().setResult(r.id(), 3, ResultRow.UNAVAILABLE_NOT_HELD);

        assertEquals(List.of(ResultRow.PARTLY_DISCLOSED, ResultRow.WITHHELD_ENFORCEMENT_FILE, ResultRow.UNAVAILABLE_NOT_HELD),
                replies(r).stream().map(c -> c.type().row()).toList());
        String partly = reply(r, ResultRow.PARTLY_DISCLOSED);
        assertTrue(partly.contains("本机关按一事一申请分别答复，本告知书答复：第1项“处罚决定书”：（二）部分公开"), partly);
        assertTrue(partly.contains("其余第2、3项另行书面答复。"), partly);
        assertFalse(partly.contains("执法案卷") || partly.contains("统计月报"), "a reply names only the items it answers: " + partly);
        String withheld = reply(r, ResultRow.WITHHELD_ENFORCEMENT_FILE);
        assertTrue(withheld.contains("本告知书答复：第2项“执法案卷”：（三）不予公开 7.属于行政执法案卷（《中华人民共和国政府信息公开条例》第十六条第二款）"), withheld);
        assertTrue(withheld.contains("其余第1、3项另行书面答复。"), withheld);
        assertFalse(withheld.contains("本机关向您提供"), "the refused item is not said to be provided: " + withheld);
        String unavailable = reply(r, ResultRow.UNAVAILABLE_NOT_HELD);
        assertTrue(unavailable.contains("第3项“统计月报”：（四）无法提供 1.本机关不掌握相关政府信息（《中华人民共和国政府信息公开条例》第三十六条第（四）项）"), unavailable);
    }

    @Test
    void a_split_application_lacks_its_notice_until_every_result_has_its_reply() {
        Request r = s.closedWith(ResultRow.DISCLOSED);
        s.f.context.requestItems().split(r.id(), List.of("处罚决定书", "执法案卷"));
        s.f.context.requestItems().setResult(r.id(), 2, ResultRow.WITHHELD_ENFORCEMENT_FILE);
        Request stored = s.f.service.find(r.id());

        reply(r, ResultRow.DISCLOSED);
        assertEquals(ResultRow.WITHHELD_ENFORCEMENT_FILE, s.notices.lacking(List.of(stored)).get(r.id()).type().row());
        reply(r, ResultRow.WITHHELD_ENFORCEMENT_FILE);
        assertTrue(s.notices.lacking(List.of(stored)).isEmpty());
    }

    @Test
    void items_sharing_the_applications_result_get_one_reply_listing_them_all() {
        Request r = s.closedWith(ResultRow.DISCLOSED);
        s.f.context.requestItems().split(r.id(), List.of("处罚决定书", "统计月报"));
        assertEquals(1, replies(r).size());
        String t = reply(r);
        assertTrue(t.contains("本机关按一事一申请逐项答复如下：第1项“处罚决定书”：（一）予以公开（《中华人民共和国政府信息公开条例》第三十六条第（二）项）；"
                + "第2项“统计月报”：（一）予以公开"), t);
        assertFalse(t.contains("另行书面答复"), t);
    }

    @Test
    void an_application_not_split_has_no_item_paragraph() {
        assertFalse(reply(s.closedWith(ResultRow.DISCLOSED)).contains("逐项答复"));
    }
}
