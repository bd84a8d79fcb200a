// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.disclosuredesk.requests.RequestBuilder.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.disclosuredesk.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// [utest->req~clock.answer-period~1]
class AnswerDeadlineTest {

    private final AnswerDeadline clock = new AnswerDeadline(TestCalendars.china2024And2025());

    @ParameterizedTest(name = "received {0} → due {1}")
    @CsvSource({
        // the day before the 2025 Spring Festival holiday (1-28 … 2-4 off, Saturday 2-8 worked)
        "2025-01-27, 2025-03-03",
        // the day before the 2024 Spring Festival holiday (2-10 … 2-17 off, Sunday 2-18 worked)
        "2024-02-09, 2024-03-14",
        // a 调休 working Sunday counts as a working day, and so does the next one
        "2025-01-26, 2025-02-28",
        // an ordinary Wednesday in March, across 清明 (4-4 … 4-6)
        "2025-03-05, 2025-04-02",
        "2025-03-20, 2025-04-18",
        // received on a Saturday: the period still counts from the next day
        "2025-03-08, 2025-04-07",
        // across 劳动节 with the worked Sunday 4-27
        "2025-04-18, 2025-05-20",
        // across the turn of the year
        "2024-12-20, 2025-01-20",
    })
    void twenty_working_days_from_the_day_after_receipt(String received, String due) {
        Deadline d = clock.of(aRequest().receivedOn(received).build());
        assertEquals(day(due), d.dueOn());
        assertEquals("收到申请 " + received + " 起算 20 个工作日 → " + due, d.explanation());
        assertFalse(d.isProvisional());
    }

    @Test
    void the_day_before_the_spring_festival_is_not_counted_as_weekdays_only() {
        Deadline withHolidays = clock.of(aRequest().receivedOn("2025-01-27").build());
        Deadline weekendsOnly = new AnswerDeadline(new WorkCalendar(java.util.Map.of(), Set.of(2025))).of(aRequest().receivedOn("2025-01-27").build());
        assertEquals(day("2025-03-03"), withHolidays.dueOn());
        assertEquals(day("2025-02-24"), weekendsOnly.dueOn());
    }

    // [utest->req~clock.correction-restart~1]
    @Test
    void correction_restarts_the_twenty_working_days_from_the_corrected_application() {
        Request r = aRequest().receivedOn("2025-03-03").with(
                RequestEvent.correctionSent(day("2025-03-05"), day("2025-03-19")),
                RequestEvent.of(EventKind.CORRECTION_RECEIVED, day("2025-03-12"))).build();
        Deadline d = clock.of(r);
        assertEquals(day("2025-04-10"), d.dueOn());
        assertEquals("收到补正", d.startLabel());
        assertEquals("收到补正 2025-03-12 起算 20 个工作日 → 2025-04-10", d.explanation());
    }

    @Test
    void while_the_applicant_corrects_there_is_no_answer_deadline() {
        Request r = aRequest().receivedOn("2025-03-03")
                .with(RequestEvent.correctionSent(day("2025-03-05"), day("2025-03-19"))).build();
        Deadline d = clock.of(r);
        assertNull(d.dueOn());
        assertEquals(Deadline.Waiting.CORRECTION, d.waiting());
        assertEquals(day("2025-03-19"), d.waitingUntil());
        assertEquals("已于 2025-03-05 告知补正，等待申请人补正（补正期限 2025-03-19）；收到补正后重新起算 20 个工作日", d.explanation());
        assertEquals("待补正", d.dateText());
    }

    // [utest->req~clock.consultation-excluded~1]
    @Test
    void consultation_days_are_not_counted() {
        Request r = aRequest().receivedOn("2025-03-05").with(
                RequestEvent.consultationSent(day("2025-03-10"), Consultee.THIRD_PARTY, "某建设公司", day("2025-03-31")),
                RequestEvent.consultationAnswered(day("2025-03-18"), null)).build();
        Deadline d = clock.of(r);
        assertEquals(6, d.consultationDays());
        assertEquals(day("2025-04-11"), d.dueOn());
        assertEquals("收到申请 2025-03-05 起算 20 个工作日，征求第三方意见 6 个工作日不计入 → 2025-04-11", d.explanation());
    }

    @Test
    void an_unanswered_consultation_counts_up_to_its_answer_limit() {
        Request r = aRequest().receivedOn("2025-03-05").with(
                RequestEvent.consultationSent(day("2025-03-10"), Consultee.THIRD_PARTY, "某建设公司", day("2025-03-31"))).build();
        Deadline d = clock.of(r);
        assertTrue(d.consultationPending());
        assertEquals(15, d.consultationDays());
        assertTrue(d.explanation().contains("（尚未答复，暂按答复期限 2025-03-31 计）"), d.explanation());
    }

    @Test
    void overlapping_consultations_count_each_day_once() {
        Request r = aRequest().receivedOn("2025-03-05").with(
                RequestEvent.consultationSent(day("2025-03-10"), Consultee.THIRD_PARTY, "甲公司", day("2025-03-31")),
                RequestEvent.consultationSent(day("2025-03-12"), Consultee.OTHER_AGENCY, "县自然资源局", day("2025-04-02")),
                RequestEvent.consultationAnswered(day("2025-03-18"), null),
                RequestEvent.consultationAnswered(day("2025-03-20"), null)).build();
        Deadline d = clock.of(r);
        assertEquals(8, d.consultationDays()); // 3-11 … 3-20
        assertTrue(d.explanation().contains("征求第三方和其他机关意见 8 个工作日不计入"), d.explanation());
    }

    // [utest->req~clock.extension~1]
    @Test
    void the_full_sentence_with_correction_consultation_and_extension() {
        Request r = aRequest().receivedOn("2025-02-24").with(
                RequestEvent.correctionSent(day("2025-02-26"), day("2025-03-12")),
                RequestEvent.of(EventKind.CORRECTION_RECEIVED, day("2025-03-05")),
                RequestEvent.consultationSent(day("2025-03-10"), Consultee.THIRD_PARTY, "某建设公司", day("2025-03-31")),
                RequestEvent.consultationAnswered(day("2025-03-18"), null),
                RequestEvent.extension(day("2025-04-01"), "李主任", day("2025-04-02"), 20)).build();
        Deadline d = clock.of(r);
        assertEquals("收到补正 2025-03-05 起算 20 个工作日，征求第三方意见 6 个工作日不计入，延长 20 个工作日 → 2025-05-13",
                d.explanation());
        assertEquals(day("2025-05-13"), d.dueOn());
    }

    @Test
    void a_shorter_extension_adds_only_its_days() {
        Request r = aRequest().receivedOn("2025-03-05")
                .with(RequestEvent.extension(day("2025-03-28"), "李主任", day("2025-03-28"), 10)).build();
        assertEquals(day("2025-04-17"), clock.of(r).dueOn());
    }

    // [utest->req~clock.fee-restart~1]
    @Test
    void with_a_fee_the_period_runs_from_payment() {
        Request r = aRequest().receivedOn("2025-03-05").with(
                RequestEvent.feeNotice(day("2025-03-07"), FeeBasis.BY_VOLUME, 120, day("2025-04-07")),
                RequestEvent.of(EventKind.FEE_PAID, day("2025-03-20"))).build();
        Deadline d = clock.of(r);
        assertEquals("缴纳费用 2025-03-20 起算 20 个工作日 → 2025-04-18", d.explanation());
    }

    @Test
    void while_a_fee_is_unpaid_the_clock_waits() {
        Request r = aRequest().receivedOn("2025-03-05")
                .with(RequestEvent.feeNotice(day("2025-03-07"), FeeBasis.BY_VOLUME, 120, day("2025-04-07"))).build();
        Deadline d = clock.of(r);
        assertNull(d.dueOn());
        assertEquals(Deadline.Waiting.FEE, d.waiting());
        assertEquals("待缴费", d.dateText());
    }

    @Test
    void a_request_closed_while_the_clock_waited_shows_no_date_and_does_not_say_it_still_waits() {
        Request lapsed = aRequest().receivedOn("2025-03-03").with(
                RequestEvent.correctionSent(day("2025-03-05"), day("2025-03-19")),
                RequestEvent.of(EventKind.CORRECTION_LAPSED, day("2025-03-20"))).build();
        Deadline d = clock.of(lapsed);
        assertNull(d.dueOn());
        assertFalse(d.isWaiting(), "（六）1 closes the request: nothing is awaited any more");
        assertEquals("—", d.dateText());
        assertEquals("已于 2025-03-05 告知补正（补正期限 2025-03-19），申请人逾期未补正，答复期限未再起算", d.explanation());

        Request unpaid = aRequest().receivedOn("2025-03-05").with(
                RequestEvent.feeNotice(day("2025-03-07"), FeeBasis.BY_VOLUME, 120, day("2025-04-07")),
                RequestEvent.of(EventKind.FEE_LAPSED, day("2025-04-08"))).build();
        assertEquals("已于 2025-03-07 发出收费通知（缴费期限 2025-04-07），申请人逾期未缴费，答复期限未再起算", clock.of(unpaid).explanation());
    }

    // [utest->req~clock.provisional~1]
    @Test
    void a_due_date_in_a_year_without_calendar_data_is_provisional() {
        Deadline d = clock.of(aRequest().receivedOn("2025-12-15").build());
        assertTrue(d.isProvisional());
        assertEquals(Set.of(2026), d.uncoveredYears());
        assertEquals("收到申请 2025-12-15 起算 20 个工作日 → 2026-01-12（2026 年日历未更新，暂按周末计算）", d.explanation());
        assertEquals("2026-01-12（日历未更新）", d.shortText(), "plain-text lists mark the date too");
    }
}
