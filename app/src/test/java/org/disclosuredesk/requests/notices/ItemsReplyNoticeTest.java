// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

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

/** 一事一申请: the reply to a split application states each item's result; an application not split reads as before. */
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

    private String reply(Request r) {
        NoticeChoice c = s.notices.entries(r.id()).stream().map(NoticeService.Entry::choice)
                .filter(x -> x.type().kind() == NoticeKind.REPLY).findFirst().orElseThrow();
        return s.notices.issue(r.id(), c).text().plainText();
    }

    @Test
    void a_split_application_s_reply_lists_every_item_with_its_result() {
        Request r = s.closedWith(ResultRow.PARTLY_DISCLOSED);
        s.f.context.requestItems().split(r.id(), List.of("处罚决定书", "执法案卷", "统计月报"));
        s.f.context.requestItems().setResult(r.id(), 2, ResultRow.WITHHELD_ENFORCEMENT_FILE);
        s.f.context.requestItems().setResult(r.id(), 3, ResultRow.UNAVAILABLE_NOT_HELD);
        String t = reply(r);
        assertTrue(t.contains("本机关按一事一申请逐项答复如下：第1项“处罚决定书”：（二）部分公开"), t);
        assertTrue(t.contains("第2项“执法案卷”：（三）不予公开 7.属于行政执法案卷（《中华人民共和国政府信息公开条例》第十六条第二款）"), t);
        assertTrue(t.contains("第3项“统计月报”：（四）无法提供 1.本机关不掌握相关政府信息（《中华人民共和国政府信息公开条例》第三十六条第（四）项）"), t);
    }

    @Test
    void an_application_not_split_has_no_item_paragraph() {
        assertFalse(reply(s.closedWith(ResultRow.DISCLOSED)).contains("逐项答复"));
    }
}
