// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.disclosuredesk.requests.RequestBuilder.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.calendar.ShippedHolidays;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.shared.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps the law has: 第三十五条's reasonable period, 撤回, and the organ that holds the information. */
class LegalStepsTest {

    private static final WorkCalendar SHIPPED = WorkCalendar.of(ShippedHolidays.years());

    @TempDir
    Path dir;

    // [utest->req~clock.longer-period~1]
    @Test
    void a_reasonable_longer_period_is_the_due_date_and_the_request_is_not_overdue_inside_it() {
        // received 2025-03-26: the statutory period ends 2025-04-24 (清明 inside it)
        Request r = aRequest().receivedOn("2025-03-26")
                .with(RequestEvent.longerPeriod(day("2025-04-10"), day("2025-06-30"), "一次申请公开 2019 年以来全部批复 300 余件")).build();
        Deadline d = new AnswerDeadline(SHIPPED).of(r);
        assertEquals(day("2025-06-30"), d.dueOn());
        assertTrue(d.explanation().contains("→ 2025-04-24；第三十五条：2025-04-10 告知申请人另行确定合理期限（一次申请公开 2019 年以来全部批复 300 余件） → 2025-06-30"),
                d.explanation());
        assertEquals(RequestStatus.IN_PROGRESS, RequestStatus.of(d, null, day("2025-05-06"), 3, SHIPPED));
        assertEquals(RequestStatus.CLOSED, RequestStatus.of(d, day("2025-06-20"), day("2025-06-30"), 3, SHIPPED));

        Request tooLate = aRequest().receivedOn("2025-03-26")
                .with(RequestEvent.longerPeriod(day("2025-04-25"), day("2025-06-30"), "数量过大")).build();
        Deadline missed = new AnswerDeadline(SHIPPED).of(tooLate);
        assertEquals(day("2025-04-24"), missed.dueOn(), "set after the period ran out: a missed deadline stays missed");
        assertTrue(missed.missedSteps().get(0).contains("第三十五条"), missed.missedSteps().toString());
    }

    // [utest->req~clock.longer-period~1]
    @Test
    void the_longer_period_needs_its_reason_a_later_date_and_is_set_once() {
        Request r = aRequest().receivedOn("2025-03-26").build();
        Timeline t = new Timeline(r, SHIPPED, day("2025-04-10"));
        assertTrue(t.nextSteps().contains(EventKind.LONGER_PERIOD));
        ValidationError e = assertThrows(ValidationError.class,
                () -> t.check(RequestEvent.of(EventKind.LONGER_PERIOD, day("2025-04-10")).withDueOn(day("2025-04-20"))));
        assertEquals(List.of("note", "dueOn"), e.problems().stream().map(ValidationError.Problem::field).toList());
        Request set = aRequest().receivedOn("2025-03-26")
                .with(RequestEvent.longerPeriod(day("2025-04-10"), day("2025-06-30"), "数量过大")).build();
        assertTrue(!new Timeline(set, SHIPPED, day("2025-04-11")).nextSteps().contains(EventKind.LONGER_PERIOD));
    }

    // [utest->req~timeline.withdrawal~1]
    @Test
    void a_withdrawal_closes_the_request_as_six_three_with_its_reason_also_while_waiting_for_a_correction() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Request r = f.register("2025-03-03", "张三", "某路段改造批复");
            f.service.addEvent(r.id(), RequestEvent.correctionSent(day("2025-03-05"), day("2025-03-19")));
            assertTrue(f.service.detail(r.id()).nextSteps().contains(EventKind.WITHDRAWN));
            ValidationError e = assertThrows(ValidationError.class,
                    () -> f.service.addEvent(r.id(), RequestEvent.of(EventKind.WITHDRAWN, day("2025-03-10"))));
            assertEquals("note", e.problems().get(0).field());

            Request closed = f.service.addEvent(r.id(), RequestEvent.withdrawn(day("2025-03-10"), "申请人来电表示已自行获取")).request();
            assertEquals(ResultRow.OTHER, closed.result());
            assertEquals(day("2025-03-10"), closed.decidedOn());
            assertEquals("申请人来电表示已自行获取", closed.withdrawalReason());
            assertEquals(List.of(EventKind.REPLY_SENT), f.service.detail(r.id()).nextSteps());
            assertTrue(f.service.detail(r.id()).view().deadline().explanation().contains("申请人撤回申请"),
                    f.service.detail(r.id()).view().deadline().explanation());
            assertEquals("申请人撤回 2025-03-10：3.其他（申请人来电表示已自行获取）".replace("3.其他", ResultRow.OTHER.fullLabel()),
                    EventText.describe(closed.first(EventKind.WITHDRAWN).orElseThrow()));
        }
    }

    // [utest->req~decision.other-organ~1]
    @Test
    void a_decision_that_another_organ_holds_the_information_names_it_and_its_contact() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Request r = f.register("2025-03-05", "张三", "某小区不动产登记资料");
            ValidationError wrongRow = assertThrows(ValidationError.class, () -> f.service.addEvent(r.id(),
                    RequestEvent.decision(day("2025-03-20"), ResultRow.DISCLOSED).withOtherOrgan("县不动产登记中心", null)));
            assertEquals("otherOrganName", wrongRow.problems().get(0).field());

            Request decided = f.service.addEvent(r.id(), RequestEvent.decision(day("2025-03-20"), ResultRow.UNAVAILABLE_NOT_HELD)
                    .withOtherOrgan("县不动产登记中心", "0851-12345678，县政务服务中心二楼")).request();
            Request stored = f.service.find(decided.id());
            assertEquals("县不动产登记中心", stored.otherOrganName());
            assertEquals("0851-12345678，县政务服务中心二楼", stored.otherOrganContact());
            assertTrue(EventText.describe(stored.decision().orElseThrow()).contains("该信息由县不动产登记中心掌握（联系方式：0851-12345678，县政务服务中心二楼）"));
            assertNull(f.register("2025-03-06", "李四", "别的").otherOrganName());
        }
    }
}
