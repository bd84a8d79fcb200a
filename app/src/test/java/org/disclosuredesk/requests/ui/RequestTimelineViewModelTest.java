// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.EventKind;
import org.disclosuredesk.requests.FeeBasis;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestFixture;
import org.disclosuredesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestTimelineViewModelTest {

    @TempDir
    Path dir;

    private RequestFixture f;
    private RequestTimelineViewModel model;
    private Request request;
    private int changes;

    @BeforeEach
    void open() {
        f = new RequestFixture(dir, "2025-03-12");
        model = new RequestTimelineViewModel(f.service, new CurrentThreadTaskExecutor());
        model.setOnChanged(() -> changes++);
        request = f.register("2025-03-05", "张三", "道路改造立项批复");
        model.load(request.id());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void shows_the_explained_deadline_and_the_legal_next_steps() {
        assertEquals("收到申请 2025-03-05 起算 20 个工作日 → 2025-04-02", model.detailProperty().get().view().deadline().explanation());
        assertEquals(List.of(EventKind.CORRECTION_SENT, EventKind.CONSULTATION_SENT, EventKind.EXTENSION, EventKind.FEE_NOTICE,
                EventKind.LONGER_PERIOD, EventKind.DECISION, EventKind.WITHDRAWN), model.nextSteps());
    }

    @Test
    void recording_a_correction_notice_proposes_its_limit_and_pauses_the_clock() {
        model.begin(EventKind.CORRECTION_SENT);
        assertEquals("2025-03-12", model.stepDateProperty().get());
        assertEquals("2025-03-26", model.stepDueOnProperty().get(), "ten working days");
        model.record();
        assertNull(model.stepProperty().get());
        assertEquals("已记录补正告知。", model.messageProperty().get());
        assertEquals(List.of(EventKind.CORRECTION_SENT), model.events().stream().map(e -> e.kind()).toList());
        assertEquals(List.of(EventKind.CORRECTION_RECEIVED, EventKind.DECISION, EventKind.WITHDRAWN), model.nextSteps());
        assertNull(model.detailProperty().get().view().deadline().dueOn());
        assertEquals(1, changes);
    }

    @Test
    void a_step_limit_outside_2000_to_2100_is_an_error_under_its_field_not_an_unexpected_error() {
        model.begin(EventKind.CORRECTION_SENT);
        model.stepDueOnProperty().set("2200-01-01");
        model.record();
        assertTrue(model.stepErrors().get("dueOn").contains("2000 年至 2100 年"), model.stepErrors().toString());
        assertFalse(String.valueOf(model.messageProperty().get()).contains("意外错误"), model.messageProperty().get());
        assertEquals(0, f.count("request_event"));
    }

    @Test
    void a_refused_step_shows_why_under_the_field_and_stores_nothing() {
        model.begin(EventKind.DECISION);
        model.stepDateProperty().set("2025-03-04");
        model.resultProperty().set(ResultRow.DISCLOSED);
        model.record();
        assertTrue(model.stepErrors().get("on").contains("不能早于收到申请之日"), model.stepErrors().toString());
        assertEquals(EventKind.DECISION, model.stepProperty().get(), "the form stays open");
        assertEquals(0, f.count("request_event"));
        model.stepDateProperty().set("3月");
        model.record();
        assertTrue(model.stepErrors().get("on").contains("不是日期"));
    }

    @Test
    void a_typing_mistake_and_the_steps_own_refusal_show_in_one_round() {
        model.begin(EventKind.CORRECTION_SENT);
        model.stepDateProperty().set("2025-03-04");   // before the request arrived: the timeline refuses it
        model.stepDueOnProperty().set("2025-02-30");  // no such day: the form cannot read it
        model.record();
        assertTrue(model.stepErrors().get("dueOn").contains("不是存在的日期"), model.stepErrors().toString());
        assertTrue(model.stepErrors().get("on").contains("不能早于收到申请之日"), model.stepErrors().toString());
        assertEquals(EventKind.CORRECTION_SENT, model.stepProperty().get(), "the form stays open");
        assertEquals(0, f.count("request_event"));
    }

    @Test
    void an_extension_is_offered_once() {
        model.begin(EventKind.EXTENSION);
        String proposed = model.stepDateProperty().get();
        model.stepDateProperty().set("");
        model.record();
        assertEquals("请填写批准延长日期。", model.stepErrors().get("on"), "第三十三条: the date of an extension is its approval");
        model.stepDateProperty().set(proposed);
        model.approverProperty().set("李主任");
        model.record();
        assertFalse(model.nextSteps().contains(EventKind.EXTENSION));
        assertEquals("2025-04-30", model.detailProperty().get().view().deadline().dueOn().toString());
        model.begin(EventKind.EXTENSION);
        assertNull(model.stepProperty().get(), "no form for a step that is not legal now");
    }

    @Test
    void an_extension_recorded_before_the_applicant_was_told_gets_the_date_later() {
        model.begin(EventKind.EXTENSION);
        model.approverProperty().set("李主任");
        model.toldOnProperty().set("");
        model.record();
        assertTrue(model.warnings().contains("已延长答复期限，但尚未记录告知申请人的日期（第三十三条第二款）。"), model.warnings().toString());
        assertEquals("2025-03-12", model.toldOnLaterProperty().get(), "today is proposed");

        model.toldOnLaterProperty().set("2025.3.11");
        model.recordToldOn();
        assertTrue(model.stepErrors().get("toldOnLater").contains("不能早于批准日期（2025-03-12）"), model.stepErrors().toString());

        model.toldOnLaterProperty().set("2025年3月12日");
        model.recordToldOn();
        assertEquals("已补记：2025-03-12 告知申请人延长答复期限。", model.messageProperty().get());
        assertEquals("2025-03-12", model.events().get(0).toldOn().toString());
        assertFalse(model.warnings().stream().anyMatch(w -> w.contains("尚未记录告知申请人")));
        assertEquals("", model.toldOnLaterProperty().get());
    }

    @Test
    void the_fee_is_quoted_as_pages_are_typed() {
        model.begin(EventKind.FEE_NOTICE);
        model.pagesProperty().set("120");
        assertEquals("120 页：1100.00 元", model.feeQuoteProperty().get());
        model.feeBasisProperty().set(FeeBasis.BY_ITEM);
        assertEquals("张三 3 月第 1 件申请：每月 10 件以内不收费", model.feeQuoteProperty().get());
    }

    @Test
    void a_mistaken_step_can_be_deleted() {
        model.begin(EventKind.DECISION);
        model.resultProperty().set(ResultRow.DISCLOSED);
        model.record();
        assertEquals(List.of(EventKind.REPLY_SENT), model.nextSteps());
        model.remove(model.events().get(0));
        assertEquals("已删除作出答复记录。", model.messageProperty().get());
        assertTrue(model.nextSteps().contains(EventKind.DECISION));
        assertNull(f.service.find(request.id()).result());
    }
}
