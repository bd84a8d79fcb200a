// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.disclosuredesk.requests.RequestBuilder.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.shared.ValidationError;
import org.junit.jupiter.api.Test;

// [utest->req~timeline.legal-steps~1]
class TimelineTest {

    private static final LocalDate TODAY = day("2025-06-30");

    private static Timeline timeline(Request r) {
        return new Timeline(r, TestCalendars.china2024And2025(), TODAY);
    }

    private static String refusal(Request r, RequestEvent e) {
        return assertThrows(ValidationError.class, () -> timeline(r).check(e)).getMessage();
    }

    @Test
    void a_new_request_may_take_every_first_step() {
        assertEquals(List.of(EventKind.CORRECTION_SENT, EventKind.CONSULTATION_SENT, EventKind.EXTENSION,
                EventKind.FEE_NOTICE, EventKind.LONGER_PERIOD, EventKind.DECISION, EventKind.WITHDRAWN), timeline(aRequest().build()).nextSteps());
    }

    @Test
    void no_decision_before_receipt() {
        String m = refusal(aRequest().receivedOn("2025-03-05").build(), RequestEvent.decision(day("2025-03-04"), ResultRow.DISCLOSED));
        assertTrue(m.contains("不能早于收到申请之日（2025-03-05）"), m);
    }

    @Test
    void nothing_dated_in_the_future() {
        String m = refusal(aRequest().build(), RequestEvent.decision(day("2025-07-01"), ResultRow.DISCLOSED));
        assertTrue(m.contains("不能晚于今天"), m);
    }

    // [utest->req~timeline.one-extension~1]
    @Test
    void no_second_extension() {
        Request r = aRequest().with(RequestEvent.extension(day("2025-03-20"), "李主任", day("2025-03-20"), 10)).build();
        String m = refusal(r, RequestEvent.extension(day("2025-03-25"), "李主任", day("2025-03-25"), 10));
        assertTrue(m.contains("延长只能一次"), m);
        assertTrue(!timeline(r).nextSteps().contains(EventKind.EXTENSION));
    }

    @Test
    void an_extension_needs_an_approver_at_most_twenty_days_and_comes_before_the_deadline() {
        Request r = aRequest().receivedOn("2025-03-05").build(); // due 2025-04-02
        ValidationError e = assertThrows(ValidationError.class,
                () -> timeline(r).check(RequestEvent.extension(day("2025-04-03"), " ", null, 25)));
        List<String> fields = e.problems().stream().map(ValidationError.Problem::field).toList();
        assertEquals(List.of("extraDays", "approver", "on"), fields);
        assertTrue(e.getMessage().contains("答复期限已于 2025-04-02 届满"), e.getMessage());
    }

    @Test
    void the_day_the_applicant_was_told_of_an_extension_can_be_added_later_once() {
        Request r = aRequest().receivedOn("2025-03-05").with(RequestEvent.extension(day("2025-03-20"), "李主任", null, 20)).build();
        assertTrue(timeline(r).warnings().contains("已延长答复期限，但尚未记录告知申请人的日期（第三十三条第二款）。"));
        assertTrue(assertThrows(ValidationError.class, () -> timeline(r).checkToldOn(day("2025-03-19"))).getMessage()
                .contains("不能早于批准日期（2025-03-20）"));
        assertTrue(assertThrows(ValidationError.class, () -> timeline(r).checkToldOn(day("2025-07-01"))).getMessage()
                .contains("不能晚于今天"));
        assertEquals(List.of(), timeline(r).checkToldOn(day("2025-03-21")));
        assertEquals(List.of("告知申请人的日期（2025-04-03）晚于原答复期限（2025-04-02）。"), timeline(r).checkToldOn(day("2025-04-03")));

        Request told = aRequest().receivedOn("2025-03-05").with(RequestEvent.extension(day("2025-03-20"), "李主任", day("2025-03-21"), 20)).build();
        assertTrue(assertThrows(ValidationError.class, () -> timeline(told).checkToldOn(day("2025-03-24"))).getMessage()
                .contains("不能重复记录"));
        assertTrue(assertThrows(ValidationError.class, () -> timeline(aRequest().build()).checkToldOn(day("2025-03-24"))).getMessage()
                .contains("没有延长答复期限的记录"));
    }

    @Test
    void a_passed_correction_or_payment_limit_says_the_request_can_be_closed() {
        Request correcting = aRequest().receivedOn("2025-03-05").with(RequestEvent.correctionSent(day("2025-03-06"), day("2025-03-20"))).build();
        assertEquals(List.of(), new Timeline(correcting, TestCalendars.china2024And2025(), day("2025-03-20")).warnings());
        assertEquals(List.of("补正期限（2025-03-20）已过，尚未收到补正：无正当理由的，可记录“逾期未补正”办结（第三十条）。"),
                new Timeline(correcting, TestCalendars.china2024And2025(), day("2025-03-21")).warnings());
        Request paying = aRequest().receivedOn("2025-03-05")
                .with(RequestEvent.feeNotice(day("2025-03-07"), FeeBasis.BY_VOLUME, 120, day("2025-04-07"))).build();
        assertEquals(List.of("缴费期限（2025-04-07）已过，尚未缴费：可记录“逾期未缴费”办结。"), timeline(paying).warnings());
    }

    @Test
    void the_correction_notice_is_given_once() {
        Request r = aRequest().with(RequestEvent.correctionSent(day("2025-03-06"), day("2025-03-20")),
                RequestEvent.of(EventKind.CORRECTION_RECEIVED, day("2025-03-12"))).build();
        String m = refusal(r, RequestEvent.correctionSent(day("2025-03-14"), day("2025-03-28")));
        assertTrue(m.contains("一次性告知"), m);
    }

    // [utest->req~timeline.correction-notice-7-days~1]
    @Test
    void a_correction_notice_later_than_seven_working_days_is_allowed_with_a_warning() {
        Request r = aRequest().receivedOn("2025-03-05").build();
        assertEquals(List.of(), timeline(r).check(RequestEvent.correctionSent(day("2025-03-14"), day("2025-03-28"))));
        List<String> warnings = timeline(r).check(RequestEvent.correctionSent(day("2025-03-17"), day("2025-03-31")));
        assertEquals(List.of("补正告知（2025-03-17）是收到申请后第 8 个工作日，晚于第三十条规定的 7 个工作日，答复期限不重新起算。"
                + "该记录予以保存，但申请仍按原答复期限计算。"), warnings);
    }

    @Test
    void while_waiting_for_correction_only_its_outcomes_and_a_withdrawal_are_possible() {
        Request r = aRequest().receivedOn("2025-03-05").with(RequestEvent.correctionSent(day("2025-03-06"), day("2025-03-20"))).build();
        Timeline before = new Timeline(r, TestCalendars.china2024And2025(), day("2025-03-20"));
        assertEquals(List.of(EventKind.CORRECTION_RECEIVED, EventKind.DECISION, EventKind.WITHDRAWN), before.nextSteps());
        Timeline after = new Timeline(r, TestCalendars.china2024And2025(), day("2025-03-21"));
        assertEquals(List.of(EventKind.CORRECTION_RECEIVED, EventKind.CORRECTION_LAPSED, EventKind.DECISION, EventKind.WITHDRAWN), after.nextSteps());
        String m = refusal(r, RequestEvent.decision(day("2025-03-10"), ResultRow.DISCLOSED));
        assertTrue(m.contains("正在等待补正"), m);
        assertEquals(List.of(), timeline(r).check(RequestEvent.decision(day("2025-03-10"), ResultRow.OTHER)));
    }

    @Test
    void correction_lapses_only_after_its_deadline_and_closes_as_row_six_one() {
        Request r = aRequest().receivedOn("2025-03-05").with(RequestEvent.correctionSent(day("2025-03-06"), day("2025-03-20"))).build();
        String m = refusal(r, RequestEvent.of(EventKind.CORRECTION_LAPSED, day("2025-03-20")));
        assertTrue(m.contains("补正期限（2025-03-20）尚未届满"), m);
        RequestEvent lapse = RequestEvent.of(EventKind.CORRECTION_LAPSED, day("2025-03-21"));
        assertEquals(List.of(), timeline(r).check(lapse));
        assertEquals(ResultRow.OTHER_NO_CORRECTION, lapse.closingResult());
    }

    @Test
    void row_six_one_and_six_two_come_only_from_a_lapse() {
        Request r = aRequest().build();
        assertTrue(refusal(r, RequestEvent.decision(day("2025-03-20"), ResultRow.OTHER_NO_CORRECTION)).contains("逾期未补正"));
        assertTrue(refusal(r, RequestEvent.decision(day("2025-03-20"), ResultRow.OTHER_FEE_UNPAID)).contains("逾期未缴费"));
        assertTrue(refusal(r, RequestEvent.decision(day("2025-03-20"), ResultRow.UNAVAILABLE_STILL_UNCLEAR)).contains("须先记录告知补正"));
    }

    @Test
    void fee_unpaid_lapses_as_row_six_two() {
        Request r = aRequest().receivedOn("2025-03-05")
                .with(RequestEvent.feeNotice(day("2025-03-07"), FeeBasis.BY_VOLUME, 120, day("2025-04-07"))).build();
        assertTrue(refusal(r, RequestEvent.of(EventKind.FEE_LAPSED, day("2025-04-07"))).contains("缴费期限（2025-04-07）尚未届满"));
        RequestEvent lapse = RequestEvent.of(EventKind.FEE_LAPSED, day("2025-04-08"));
        assertEquals(List.of(), timeline(r).check(lapse));
        assertEquals(ResultRow.OTHER_FEE_UNPAID, lapse.closingResult());
    }

    @Test
    void a_free_fee_notice_is_refused() {
        String m = refusal(aRequest().build(), RequestEvent.feeNotice(day("2025-03-07"), FeeBasis.BY_VOLUME, 30, null));
        assertTrue(m.contains("30 页以内不收费"), m);
    }

    @Test
    void after_the_decision_only_the_reply_may_follow() {
        Request r = aRequest().receivedOn("2025-03-05").with(RequestEvent.decision(day("2025-03-20"), ResultRow.DISCLOSED)).build();
        assertEquals(List.of(EventKind.REPLY_SENT), timeline(r).nextSteps());
        assertTrue(refusal(r, RequestEvent.extension(day("2025-03-21"), "李主任", null, 20)).contains("已于 2025-03-20 办结"));
        assertTrue(refusal(r, RequestEvent.replySent(day("2025-03-19"), "邮寄")).contains("不能早于办结日期"));
        assertEquals(List.of(), timeline(r).check(RequestEvent.replySent(day("2025-03-21"), "邮寄")));
    }

    @Test
    void a_reply_needs_a_decision() {
        assertTrue(refusal(aRequest().build(), RequestEvent.replySent(day("2025-03-21"), "邮寄")).contains("尚未作出答复决定"));
    }

    @Test
    void a_decision_cannot_be_dated_before_a_recorded_step() {
        Request r = aRequest().receivedOn("2025-03-05")
                .with(RequestEvent.consultationSent(day("2025-03-10"), Consultee.THIRD_PARTY, "甲公司", day("2025-03-31"))).build();
        String m = refusal(r, RequestEvent.decision(day("2025-03-07"), ResultRow.DISCLOSED));
        assertTrue(m.contains("不能早于已记录的征求意见（2025-03-10）"), m);
    }

    @Test
    void the_third_partys_fifteen_days_are_tracked() {
        Request r = aRequest().receivedOn("2025-03-05")
                .with(RequestEvent.consultationSent(day("2025-03-10"), Consultee.THIRD_PARTY, "甲公司", day("2025-03-31"))).build();
        assertEquals(List.of("甲公司 未在 2025-03-31 前答复（第三十二条：15 个工作日），可依法自行决定。"), timeline(r).warnings());
        assertEquals(List.of("第三方在期限（2025-03-31）后才答复（第三十二条：15 个工作日）。"),
                timeline(r).check(RequestEvent.consultationAnswered(day("2025-04-01"), null)));
        assertTrue(timeline(r).nextSteps().contains(EventKind.CONSULTATION_ANSWERED));
    }

    @Test
    void an_answer_needs_an_open_consultation() {
        assertTrue(refusal(aRequest().build(), RequestEvent.consultationAnswered(day("2025-03-10"), null)).contains("没有尚未答复的征求意见"));
    }

    @Test
    void a_step_another_depends_on_cannot_be_deleted() {
        Request r = aRequest().with(RequestEvent.correctionSent(day("2025-03-06"), day("2025-03-20")),
                RequestEvent.of(EventKind.CORRECTION_RECEIVED, day("2025-03-12"))).build();
        assertTrue(timeline(r).removalProblem(r.events().get(0)).orElseThrow().contains("收到补正"));
        assertTrue(timeline(r).removalProblem(r.events().get(1)).isEmpty());
    }
}
