// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.disclosuredesk.requests.RequestBuilder.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosuredesk.calendar.ShippedHolidays;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.ResultRow;
import org.junit.jupiter.api.Test;

/**
 * A missed deadline stays missed: a step recorded after the period ran out is kept but moves nothing.
 * Dates hand-computed on the app's shipped 2025 calendar (清明 4-4 … 4-6 off; 劳动节 5-1 … 5-5 off,
 * Sunday 4-27 worked). Received Wednesday 2025-03-26: the 7th working day is 4-7 (after 清明), the
 * 20th is 2025-04-24.
 */
// [utest->req~clock.missed-stays-missed~1]
class MissedDeadlineTest {

    private static final WorkCalendar SHIPPED = WorkCalendar.of(ShippedHolidays.years());
    private final AnswerDeadline clock = new AnswerDeadline(SHIPPED);

    @Test
    void without_steps_the_period_ends_on_the_twentieth_working_day_after_qingming() {
        assertEquals(day("2025-04-24"), clock.of(aRequest().receivedOn("2025-03-26").build()).dueOn());
    }

    // [utest->req~timeline.correction-notice-7-days~1]
    @Test
    void a_correction_notice_on_the_seventh_working_day_stops_the_clock_and_one_a_day_later_does_not() {
        Request onTime = aRequest().receivedOn("2025-03-26").with(RequestEvent.correctionSent(day("2025-04-07"), day("2025-04-21"))).build();
        assertEquals(Deadline.Waiting.CORRECTION, clock.of(onTime).waiting());

        Request late = aRequest().receivedOn("2025-03-26").with(
                RequestEvent.correctionSent(day("2025-04-08"), day("2025-04-22")),
                RequestEvent.of(EventKind.CORRECTION_RECEIVED, day("2025-04-15"))).build();
        Deadline d = clock.of(late);
        assertEquals(day("2025-04-24"), d.dueOn(), "no restart from the corrected application");
        assertEquals(List.of("补正告知（2025-04-08）是收到申请后第 8 个工作日，晚于第三十条规定的 7 个工作日，答复期限不重新起算"),
                d.missedSteps());
        assertTrue(d.explanation().endsWith("→ 2025-04-24；补正告知（2025-04-08）是收到申请后第 8 个工作日，晚于第三十条规定的 7 个工作日，答复期限不重新起算"),
                d.explanation());
        assertEquals(RequestStatus.OVERDUE, RequestStatus.of(d, null, day("2025-04-25"), 3, SHIPPED));
        assertEquals(RequestStatus.CLOSED_LATE, RequestStatus.of(d, day("2025-04-30"), day("2025-05-06"), 3, SHIPPED));
    }

    @Test
    void a_correction_notice_after_the_due_date_says_so() {
        Request r = aRequest().receivedOn("2025-03-26").with(RequestEvent.correctionSent(day("2025-04-25"), day("2025-05-09"))).build();
        Deadline d = clock.of(r);
        assertEquals(day("2025-04-24"), d.dueOn());
        assertFalse(d.isWaiting());
        assertEquals(List.of("补正告知（2025-04-25）在答复期限（2025-04-24）届满后才发出，答复期限不重新起算（第三十条）"), d.missedSteps());
    }

    @Test
    void a_fee_notice_on_the_due_date_stops_the_clock_and_payment_restarts_it_across_labour_day() {
        Request r = aRequest().receivedOn("2025-03-26").with(
                RequestEvent.feeNotice(day("2025-04-24"), FeeBasis.BY_VOLUME, 120, day("2025-05-26")),
                RequestEvent.of(EventKind.FEE_PAID, day("2025-04-29"))).build();
        // 4-30, then 5-6 … : the 20th working day after payment is Friday 5-30 (端午 5-31 … 6-2 after it)
        assertEquals(day("2025-05-30"), clock.of(r).dueOn());
    }

    @Test
    void a_fee_notice_after_the_due_date_moves_nothing() {
        Request r = aRequest().receivedOn("2025-03-26").with(
                RequestEvent.feeNotice(day("2025-04-25"), FeeBasis.BY_VOLUME, 120, day("2025-05-27")),
                RequestEvent.of(EventKind.FEE_PAID, day("2025-04-29"))).build();
        Deadline d = clock.of(r);
        assertEquals(day("2025-04-24"), d.dueOn());
        assertTrue(d.missedSteps().get(0).contains("国办函〔2020〕109号"), d.missedSteps().toString());

        Request unpaid = aRequest().receivedOn("2025-03-26")
                .with(RequestEvent.feeNotice(day("2025-04-25"), FeeBasis.BY_VOLUME, 120, day("2025-05-27"))).build();
        assertEquals(day("2025-04-24"), clock.of(unpaid).dueOn(), "not 待缴费: the clock did not wait");
    }

    // [utest->req~clock.fee-payment-limit~1]
    @Test
    void the_payment_limit_is_twenty_working_days_from_the_day_after_the_notice_was_received() {
        Request r = aRequest().receivedOn("2025-03-26").build();
        RequestEvent byNoticeDay = new StepDefaults(null, day("2025-06-30"))
                .complete(r, RequestEvent.feeNotice(day("2025-04-24"), FeeBasis.BY_VOLUME, 120, null), SHIPPED);
        // 4-25, Sunday 4-27 (worked), 4-28, 4-29, 4-30, then from 5-6: the 20th is 5-26
        assertEquals(day("2025-05-26"), byNoticeDay.dueOn());
        RequestEvent received = RequestEvent.feeNotice(day("2025-04-24"), FeeBasis.BY_VOLUME, 120, null);
        received = new RequestEvent(null, received.kind(), received.on(), null, null, null, null, day("2025-04-28"), null,
                received.feeBasis(), received.feeQuantity(), null, null, null, null, null);
        assertEquals(day("2025-05-29"), new StepDefaults(null, day("2025-06-30")).complete(r, received, SHIPPED).dueOn());
    }

    @Test
    void a_consultation_sent_after_the_due_date_excludes_nothing() {
        Request r = aRequest().receivedOn("2025-03-26").with(
                RequestEvent.consultationSent(day("2025-04-25"), Consultee.THIRD_PARTY, "某建设公司", day("2025-05-16")),
                RequestEvent.consultationAnswered(day("2025-05-09"), null)).build();
        Deadline d = clock.of(r);
        assertEquals(day("2025-04-24"), d.dueOn());
        assertEquals(0, d.consultationDays());
        assertEquals(List.of("征求意见（2025-04-25）在答复期限（2025-04-24）届满后才发出，征求意见的时间不予扣除（第三十三条第三款）"),
                d.missedSteps());
    }

    @Test
    void a_third_partys_excluded_time_is_capped_at_fifteen_working_days() {
        // received 3-05 → 4-02; letter 3-10, its 15 working days end 3-31; answered late on 4-14
        Request r = aRequest().receivedOn("2025-03-05").with(
                RequestEvent.consultationSent(day("2025-03-10"), Consultee.THIRD_PARTY, "某建设公司", day("2025-03-31")),
                RequestEvent.consultationAnswered(day("2025-04-14"), null)).build();
        Deadline d = clock.of(r);
        assertEquals(15, d.consultationDays());
        // 4-02 + 15 working days: 4-03, (清明) 4-07 … 4-24
        assertEquals(day("2025-04-24"), d.dueOn());
        assertTrue(d.explanation().contains("以 15 个工作日为限（第三十二条）"), d.explanation());
    }

    @Test
    void the_timeline_accepts_a_late_step_with_the_reason_and_lets_the_overdue_request_be_answered() {
        Request r = aRequest().receivedOn("2025-03-26").with(RequestEvent.correctionSent(day("2025-04-25"), day("2025-05-09"))).build();
        Timeline t = new Timeline(r, SHIPPED, day("2025-05-06"));
        assertTrue(t.warnings().contains("补正告知（2025-04-25）在答复期限（2025-04-24）届满后才发出，答复期限不重新起算（第三十条）。"),
                t.warnings().toString());
        assertEquals(List.of(), t.check(RequestEvent.decision(day("2025-05-06"), ResultRow.DISCLOSED)),
                "the notice did not stop the clock: the office may answer at once");

        Request open = aRequest().receivedOn("2025-03-26").build();
        List<String> warnings = new Timeline(open, SHIPPED, day("2025-05-06"))
                .check(RequestEvent.feeNotice(day("2025-04-25"), FeeBasis.BY_VOLUME, 120, day("2025-05-27")).withAmountFen(180000L));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("申请仍按原答复期限计算"), warnings.get(0));
    }
}
