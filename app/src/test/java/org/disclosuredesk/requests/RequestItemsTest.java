// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 一事一申请 (国办函〔2020〕109号 第四条): split, an item's own result, merge back; one transaction each, audited. */
// [utest->req~items.counting~1]
class RequestItemsTest {

    @TempDir
    Path dir;

    private RequestFixture f;
    private RequestItemService items;

    @BeforeEach
    void open() {
        f = new RequestFixture(dir, "2025-06-30");
        items = f.context.requestItems();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void splitting_gives_one_item_per_line_and_each_its_own_result() {
        Request r = f.register("2025-03-03", "张三", "2024年城区道路改造的立项批复、招标文件和验收报告");
        int auditBefore = f.context.audit().history(RequestService.ENTITY, r.id()).size();
        List<RequestItem> split = items.split(r.id(), List.of(" 立项批复 ", "", "招标文件", "验收报告"));
        assertEquals(List.of("1 立项批复", "2 招标文件", "3 验收报告"),
                split.stream().map(i -> i.number() + " " + i.content()).collect(Collectors.toList()));
        items.setResult(r.id(), 2, ResultRow.WITHHELD_THIRD_PARTY);
        List<RequestItem> now = items.items(r.id());
        assertNull(now.get(0).result());
        assertEquals(ResultRow.WITHHELD_THIRD_PARTY, now.get(1).result());
        assertEquals(ResultRow.DISCLOSED, now.get(0).resultOr(ResultRow.DISCLOSED), "an item without its own result takes the application's");
        assertEquals(auditBefore + 2, f.context.audit().history(RequestService.ENTITY, r.id()).size());
        assertEquals("依申请〔2025〕第1号-2", now.get(1).reference(r.number()));
    }

    @Test
    void merging_deletes_the_items_and_leaves_the_application_as_it_was() {
        Request r = f.register("2025-03-03", "张三", "立项批复和招标文件");
        f.service.addEvent(r.id(), RequestEvent.decision(day("2025-03-20"), ResultRow.PARTLY_DISCLOSED));
        items.split(r.id(), List.of("立项批复", "招标文件"));
        items.setResult(r.id(), 1, ResultRow.DISCLOSED);
        items.merge(r.id());
        assertEquals(List.of(), items.items(r.id()));
        assertEquals(0, f.count("request_item"));
        assertEquals(ResultRow.PARTLY_DISCLOSED, f.service.find(r.id()).result(), "the application's own result is untouched");
        assertTrue(f.context.audit().history(RequestService.ENTITY, r.id()).stream()
                .anyMatch(e -> e.summary().contains("合并") && e.summary().contains("立项批复（（一）予以公开）")));
        UserError again = assertThrows(UserError.class, () -> items.merge(r.id()));
        assertTrue(again.getMessage().contains("没有拆分"), again.getMessage());
    }

    @Test
    void splitting_again_keeps_the_results_of_unchanged_items() {
        Request r = f.register("2025-03-03", "张三", "立项批复和招标文件");
        items.split(r.id(), List.of("立项批复", "招标文件"));
        items.setResult(r.id(), 2, ResultRow.UNAVAILABLE_NOT_HELD);
        List<RequestItem> again = items.split(r.id(), List.of("会议纪要", "招标文件", "立项批复"));
        assertEquals(Arrays.asList(null, ResultRow.UNAVAILABLE_NOT_HELD, null),
                again.stream().map(RequestItem::result).collect(Collectors.toList()));
    }

    @Test
    void bad_splits_say_what_to_fix_in_chinese_and_store_nothing() {
        Request r = f.register("2025-03-03", "张三", "立项批复");
        ValidationError one = assertThrows(ValidationError.class, () -> items.split(r.id(), List.of("立项批复", "  ")));
        assertTrue(one.getMessage().contains("至少需要两项"), one.getMessage());
        ValidationError twice = assertThrows(ValidationError.class, () -> items.split(r.id(), List.of("立项批复", "招标文件", "立项批复")));
        assertTrue(twice.getMessage().contains("第 3 项与第 1 项内容相同"), twice.getMessage());
        UserError missing = assertThrows(UserError.class, () -> items.setResult(r.id(), 1, ResultRow.DISCLOSED));
        assertTrue(missing.getMessage().contains("没有第 1 项"), missing.getMessage());
        assertEquals(0, f.count("request_item"));
    }

    @Test
    void a_locked_year_refuses_split_result_and_merge() {
        Request r = f.register("2025-03-03", "张三", "立项批复和招标文件");
        items.split(r.id(), List.of("立项批复", "招标文件"));
        f.context.database().inTransaction(() -> {
            f.context.yearLocks().lock(2025);
            return null;
        });
        int audit = f.count("audit_log");
        for (Runnable change : List.<Runnable>of(() -> items.split(r.id(), List.of("a", "b")),
                () -> items.setResult(r.id(), 1, ResultRow.DISCLOSED), () -> items.merge(r.id()))) {
            UserError e = assertThrows(UserError.class, change::run);
            assertTrue(e.getMessage().contains("2025年度报告已定稿导出"), e.getMessage());
        }
        assertEquals(List.of("立项批复", "招标文件"), items.items(r.id()).stream().map(RequestItem::content).collect(Collectors.toList()));
        assertNull(items.items(r.id()).get(0).result());
        assertEquals(audit, f.count("audit_log"));
    }

    @Test
    void fee_by_item_counts_each_item_as_one_application_of_the_month() {
        for (int i = 1; i <= 9; i++) {
            f.register("2025-03-0" + (i % 5 + 3), "张三", "第" + i + "份文件");
        }
        Request tenth = f.register("2025-03-10", "张三", "三份文件");
        assertEquals(0, f.service.feeQuote(tenth.id(), FeeBasis.BY_ITEM, null).amountFen(), "the 10th is free");
        items.split(tenth.id(), List.of("甲文件", "乙文件", "丙文件"));
        // Places 10, 11, 12 of March: 0 + 100 + 100 元.
        FeeQuote quote = f.service.feeQuote(tenth.id(), FeeBasis.BY_ITEM, null);
        assertEquals(20_000, quote.amountFen());
        assertEquals(12, quote.quantity());
        assertTrue(quote.explanation().contains("第 10–12 件"), quote.explanation());
        RequestEvent notice = f.service.addEvent(tenth.id(), RequestEvent.feeNotice(day("2025-03-12"), FeeBasis.BY_ITEM, 1, null))
                .request().first(EventKind.FEE_NOTICE).orElseThrow();
        assertEquals(20_000L, notice.amountFen());
        Request eleventh = f.register("2025-03-11", "张三", "又一份文件");
        assertEquals(10_000, f.service.feeQuote(eleventh.id(), FeeBasis.BY_ITEM, null).amountFen(), "the next one is the 13th");
    }
}
