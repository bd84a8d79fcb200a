// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.shared.ValidationError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

// [utest->req~notices.issue~1]
class NoticeServiceTest {

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

    private IssuedNotice issue(Request r, NoticeKind kind) {
        NoticeChoice c = s.notices.entries(r.id()).stream().map(NoticeService.Entry::choice)
                .filter(x -> x.type().kind() == kind).findFirst().orElseThrow();
        return s.notices.issue(r.id(), c);
    }

    private static String text(IssuedNotice n) {
        return n.text().plainText();
    }

    @Test
    void receipt_states_the_date_of_receipt_and_the_twenty_working_day_due_date() {
        Request r = s.received("张三", "2024年城区道路改造工程的立项批复");
        IssuedNotice n = issue(r, NoticeKind.RECEIPT);
        String t = text(n);
        assertEquals("政公开回〔2025〕第1号", n.number().text());
        assertEquals("张三", n.text().addressee());
        assertTrue(t.contains("本机关于2025年3月5日收到您提出的政府信息公开申请"), t);
        assertTrue(t.contains(r.number().text()), t);
        assertTrue(t.contains("第三十一条") && t.contains("第三十三条第二款"), t);
        assertTrue(t.contains("即2025年4月2日前予以答复"), t);
        assertTrue(t.contains("0531-1234567"), t);
        assertEquals(NoticeScenario.ORGAN, n.text().organName());
    }

    @Test
    void a_correction_notice_issued_after_seven_working_days_keeps_today_and_says_what_the_law_required() {
        Request r = s.correction();
        IssuedNotice n = issue(r, NoticeKind.CORRECTION);
        String t = text(n);
        assertEquals("政公开补〔2025〕第1号", n.number().text());
        assertEquals(java.time.LocalDate.parse(NoticeScenario.TODAY), n.text().issuedOn());
        assertTrue(t.contains("第三十条"), t);
        assertTrue(t.contains("请写明所需招标文件对应的工程名称或项目编号。"), t);
        assertTrue(t.contains("请您于2025年4月10日前向本机关提交补正后的申请"), t);
        // 7 working days from 2025-03-05 end on 2025-03-14; the notice is dated today and says so.
        assertTrue(t.contains("（即应于2025年3月14日前）；本告知书于2025年4月1日出具。"), t);
        assertTrue(t.endsWith("2025年4月1日"), t);
    }

    @Test
    void an_extension_notice_gives_the_old_and_the_new_due_date_across_the_may_holiday_and_its_working_sunday() {
        IssuedNotice n = issue(s.extension(), NoticeKind.EXTENSION);
        String t = text(n);
        assertTrue(t.contains("不能在2025年4月2日前作出答复"), t);
        assertTrue(t.contains("答复期限延长20个工作日，本机关将于2025年4月30日前作出答复"), t);
        assertTrue(t.contains("所申请信息数量较多，需要逐件检索、核实"), t);
        assertTrue(t.contains("第三十三条第二款"), t);
        assertFalse(t.contains("说明："), "told within the original period: no late note\n" + t);
    }

    @Test
    void the_third_party_letter_is_addressed_to_the_third_party_names_fifteen_working_days_and_not_the_applicant() {
        IssuedNotice n = issue(s.consultation(), NoticeKind.CONSULTATION);
        String t = text(n);
        assertEquals("某某建设有限公司", n.text().addressee());
        assertTrue(t.contains("第三十二条"), t);
        assertTrue(t.contains("15个工作日内（按本意见书发出之日计算，至2025年4月11日）"), t);
        assertFalse(t.contains("钱六"), "the applicant's name is not disclosed to the third party");
    }

    @Test
    void a_fee_notice_states_basis_tiers_amount_and_the_payment_limit() {
        IssuedNotice n = issue(s.fee(), NoticeKind.FEE);
        String t = text(n);
        assertTrue(t.contains("计费方式：按量；计费数量：150页"), t);
        assertTrue(t.contains("第1—30页免费；第31—100页共70页，每页10元，计700元；第101—150页共50页，每页20元，计1000元"), t);
        assertTrue(t.contains("应缴金额：1700元"), t);
        assertTrue(t.contains("缴费期限至2025年4月23日"), t);
        assertTrue(t.contains("第四十二条") && t.contains("国办函〔2020〕109号"), t);
        assertTrue(t.contains("到本局政务服务窗口缴纳或银行转账"), t);
    }

    @ParameterizedTest
    @EnumSource(ResultRow.class)
    void every_result_row_has_a_reply_citing_its_article_with_the_remedies_the_law_requires(ResultRow row) {
        Request r = s.closedWith(row);
        IssuedNotice n = issue(r, NoticeKind.REPLY);
        String t = text(n);
        assertEquals(row, n.type().row());
        assertEquals("示交政公开答〔2025〕第1号", n.number().text());
        assertTrue(t.contains("周八") && t.contains("2025年3月5日") && t.contains(r.number().text()), t);
        if (!row.article().isEmpty()) {
            assertTrue(t.contains("条例》" + row.article()) || t.contains("该条例" + row.article()), row + " cites " + row.article() + "\n" + t);
        }
        Remedy remedy = Remedy.of(row);
        assertEquals(remedy != Remedy.NONE, t.contains("60日内向示例县人民政府申请行政复议"), t);
        assertEquals(remedy == Remedy.REVIEW_OR_SUIT, t.contains("6个月内向示例县人民法院提起行政诉讼"), t);
        assertEquals(remedy == Remedy.REVIEW_FIRST, t.contains("应当先申请行政复议"), t);
        assertFalse(t.contains("{"), "every placeholder filled\n" + t);
    }

    @Test
    void the_reply_for_a_lapsed_correction_names_the_correction_notice_and_its_limit() {
        String t = text(issue(s.closedWith(ResultRow.OTHER_NO_CORRECTION), NoticeKind.REPLY));
        assertTrue(t.contains("本机关已于2025年3月7日告知您补正申请，补正期限为2025年3月14日"), t);
        assertTrue(t.contains("第三十条"), t);
    }

    @Test
    void issuing_again_gives_the_same_document_and_the_next_notice_takes_the_next_number() {
        Request a = s.correction();
        Request b = s.correction();
        IssuedNotice first = issue(a, NoticeKind.CORRECTION);
        s.notices.saveTemplate(NoticeType.of(NoticeKind.CORRECTION), "新的模板：{申请人}，请补正。");
        IssuedNotice again = issue(a, NoticeKind.CORRECTION);
        assertEquals(first.number(), again.number());
        assertEquals(first.text(), again.text(), "a reprint is the stored document, not the edited template");
        assertEquals(first.text(), s.notices.issued(first.id()).text());
        IssuedNotice second = issue(b, NoticeKind.CORRECTION);
        assertEquals("政公开补〔2025〕第2号", second.number().text());
        assertEquals(List.of("新的模板：李四，请补正。"), second.text().paragraphs());
    }

    // [utest->req~notices.templates~1]
    @Test
    void a_template_with_an_unknown_placeholder_cannot_be_saved_and_reset_restores_the_default() {
        NoticeType type = NoticeType.reply(ResultRow.DISCLOSED);
        ValidationError e = assertThrows(ValidationError.class, () -> s.notices.saveTemplate(type, "{申请人名字}：请查收。"));
        assertTrue(e.getMessage().contains("{申请人名字}"), e.getMessage());
        assertThrows(ValidationError.class, () -> s.notices.saveTemplate(type, "缺右括号 {申请人"));
        assertTrue(s.notices.isDefault(type));
        s.notices.saveTemplate(type, "{申请人}：已公开。");
        assertFalse(s.notices.isDefault(type));
        s.notices.resetTemplate(type);
        assertTrue(s.notices.isDefault(type));
        assertEquals(NoticeTemplates.defaultText(type), s.notices.template(type));
    }

    @Test
    void the_list_knows_which_requests_lack_the_notice_of_their_latest_step() {
        Request plain = s.received("张三", "甲");
        Request corrected = s.correction();
        Request closed = s.closedWith(ResultRow.WITHHELD_STATE_SECRET);
        issue(plain, NoticeKind.RECEIPT);
        issue(corrected, NoticeKind.RECEIPT);
        var lacking = s.notices.lacking(List.of(s.f.service.find(plain.id()), s.f.service.find(corrected.id()),
                s.f.service.find(closed.id())));
        assertFalse(lacking.containsKey(plain.id()));
        assertEquals(NoticeKind.CORRECTION, lacking.get(corrected.id()).type().kind());
        assertEquals(NoticeType.reply(ResultRow.WITHHELD_STATE_SECRET), lacking.get(closed.id()).type());
        issue(corrected, NoticeKind.CORRECTION);
        assertFalse(s.notices.lacking(List.of(s.f.service.find(corrected.id()))).containsKey(corrected.id()));
    }

    @Test
    void only_notices_that_fit_the_requests_steps_are_offered() {
        List<NoticeKind> kinds = s.notices.entries(s.fee().id()).stream().map(e -> e.choice().type().kind()).toList();
        assertEquals(List.of(NoticeKind.RECEIPT, NoticeKind.FEE), kinds);
        Request plain = s.received("张三", "甲");
        NoticeChoice reply = new NoticeChoice(NoticeType.reply(ResultRow.DISCLOSED), 99L, "");
        assertThrows(org.disclosuredesk.shared.UserError.class, () -> s.notices.issue(plain.id(), reply));
    }

    @Test
    void the_not_held_reply_names_the_organ_recorded_with_the_decision() {
        Request r = s.received("周八", "2024年河道采砂许可");
        Request closed = s.f.service.addEvent(r.id(), RequestEvent.decision(java.time.LocalDate.parse("2025-03-20"),
                ResultRow.UNAVAILABLE_NOT_HELD).withOtherOrgan("示例县水利局", "0531-7654321")).request();
        String t = text(issue(closed, NoticeKind.REPLY));
        assertTrue(t.contains("示例县水利局") && t.contains("0531-7654321"), t);
    }

    @Test
    void a_thirty_fifth_article_step_offers_its_notice_with_the_period_set() {
        Request r = s.received("周八", "近十年全部会议纪要");
        Request longer = s.f.service.addEvent(r.id(), RequestEvent.longerPeriod(java.time.LocalDate.parse("2025-03-10"),
                java.time.LocalDate.parse("2025-06-30"), "申请数量明显超过合理范围")).request();
        String t = text(issue(longer, NoticeKind.LONGER_PERIOD));
        assertTrue(t.contains("第三十五条") && t.contains("2025年6月30日"), t);
    }

    @Test
    void a_preview_takes_no_number() {
        Request r = s.correction();
        NoticeChoice c = s.notices.entries(r.id()).get(1).choice();
        RenderedNotice p = s.notices.preview(r.id(), c, s.notices.template(c.type()));
        assertEquals("政公开补〔2025〕第　号", p.number());
        assertEquals("政公开补〔2025〕第1号", s.notices.issue(r.id(), c).number().text());
    }
}
