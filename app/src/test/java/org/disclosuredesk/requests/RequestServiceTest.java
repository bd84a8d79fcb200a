// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.disclosuredesk.requests.RequestBuilder.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosuredesk.calendar.DayKind;
import org.disclosuredesk.calendar.DueDateChange;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestServiceTest {

    @TempDir
    Path dir;

    private RequestFixture f;

    @BeforeEach
    void open() {
        f = new RequestFixture(dir, "2025-06-30");
    }

    @AfterEach
    void close() {
        f.close();
    }

    // [utest->req~intake.register~1]
    @Test
    void registering_numbers_per_year_with_the_configured_prefix_and_stores_the_due_date() {
        OrgSettings s = OrgSettings.defaultsFor("示例县政府办");
        f.context.settings().save(new OrgSettings(s.officeName(), s.organName(), "", "县政府办依申请", 5, 3, "", ""));
        Request a = f.service.register(aRequest().receivedOn("2024-12-30").intake());
        Request b = f.service.register(aRequest().receivedOn("2025-01-27").intake());
        Request c = f.service.register(aRequest().receivedOn("2025-03-05").intake());
        assertEquals("县政府办依申请〔2024〕第1号", a.number().text());
        assertEquals("县政府办依申请〔2025〕第1号", b.number().text());
        assertEquals("县政府办依申请〔2025〕第2号", c.number().text());
        assertEquals(day("2025-03-03"), b.dueOn());
        assertEquals(1, f.context.audit().history(RequestService.ENTITY, b.id()).size());
    }

    // [utest->req~intake.fields~1]
    @Test
    void bad_input_in_the_form_gives_a_message_per_field_and_stores_nothing() {
        RequestIntake bad = new RequestIntake(new Applicant(null, " ", IdType.RESIDENT_ID, "110105194912310021", null, null, null),
                RequestChannel.IN_PERSON, day("2025-03-05"), day("2025-03-06"), "", null, null);
        ValidationError e = assertThrows(ValidationError.class, () -> f.service.register(bad));
        assertEquals(List.of("applicantKind", "applicantName", "idNumber", "receivedOn", "content"),
                e.problems().stream().map(ValidationError.Problem::field).collect(Collectors.toList()));
        assertTrue(e.getMessage().contains("校验位不符"), e.getMessage());
        assertEquals(0, f.count("request"));
        assertEquals(0, f.count("audit_log"));
    }

    @Test
    void correction_restarts_the_clock_in_the_stored_due_date() {
        Request r = f.service.register(aRequest().receivedOn("2025-03-03").intake());
        assertEquals(day("2025-03-31"), r.dueOn());
        r = f.service.addEvent(r.id(), RequestEvent.correctionSent(day("2025-03-05"), day("2025-03-19"))).request();
        assertNull(r.dueOn(), "waiting for the applicant: no answer deadline");
        r = f.service.addEvent(r.id(), RequestEvent.of(EventKind.CORRECTION_RECEIVED, day("2025-03-12"))).request();
        assertEquals(day("2025-04-10"), r.dueOn());
        assertEquals(day("2025-04-10"), f.repository.find(r.id()).orElseThrow().dueOn());
    }

    @Test
    // [utest->req~clock.kept-due-date~1]
    void a_decision_closes_the_request_and_keeps_the_due_date_it_had() {
        Request r = f.service.register(aRequest().receivedOn("2025-03-05").intake());
        r = f.service.addEvent(r.id(), RequestEvent.decision(day("2025-04-03"), ResultRow.PARTLY_DISCLOSED)).request();
        assertEquals(ResultRow.PARTLY_DISCLOSED, r.result());
        assertEquals(day("2025-04-03"), r.decidedOn());
        assertEquals(day("2025-04-02"), r.dueOn(), "kept, so the late reply can be counted");
        RequestView v = f.service.detail(r.id()).view();
        assertEquals(RequestStatus.CLOSED_LATE, v.status());
        assertEquals(day("2025-04-02"), v.deadline().dueOn());
        assertEquals(List.of(EventKind.REPLY_SENT), f.service.detail(r.id()).nextSteps());
    }

    @Test
    void a_lapsed_correction_closes_as_row_six_one_and_deleting_it_reopens() {
        Request r = f.service.register(aRequest().receivedOn("2025-03-03").intake());
        f.service.addEvent(r.id(), RequestEvent.correctionSent(day("2025-03-05"), day("2025-03-19")));
        Request closed = f.service.addEvent(r.id(), RequestEvent.of(EventKind.CORRECTION_LAPSED, day("2025-03-20"))).request();
        assertEquals(ResultRow.OTHER_NO_CORRECTION, closed.result());
        assertEquals(RequestStatus.CLOSED, f.service.detail(r.id()).view().status());
        RequestEvent lapse = closed.first(EventKind.CORRECTION_LAPSED).orElseThrow();
        Request reopened = f.service.removeEvent(r.id(), lapse.id());
        assertNull(reopened.result());
        assertNull(reopened.decidedOn());
    }

    @Test
    void refused_transitions_store_nothing() {
        Request r = f.service.register(aRequest().receivedOn("2025-03-05").intake());
        f.service.addEvent(r.id(), RequestEvent.extension(day("2025-03-20"), "李主任", day("2025-03-21"), 20));
        int events = f.count("request_event");
        int audit = f.count("audit_log");
        assertThrows(ValidationError.class, () -> f.service.addEvent(r.id(), RequestEvent.extension(day("2025-03-25"), "李主任", null, 5)));
        assertThrows(ValidationError.class, () -> f.service.addEvent(r.id(), RequestEvent.decision(day("2025-03-04"), ResultRow.DISCLOSED)));
        assertThrows(ValidationError.class, () -> f.service.addEvent(r.id(), RequestEvent.replySent(day("2025-03-25"), "邮寄")));
        assertEquals(events, f.count("request_event"));
        assertEquals(audit, f.count("audit_log"));
    }

    @Test
    void the_day_the_applicant_was_told_of_an_extension_is_added_later_and_audited() {
        Request r = f.service.register(aRequest().receivedOn("2025-03-05").intake());
        f.service.addEvent(r.id(), RequestEvent.extension(day("2025-03-20"), "李主任", null, 20));
        Recorded recorded = f.service.recordExtensionTold(r.id(), day("2025-03-24"));
        assertEquals(day("2025-03-24"), recorded.request().first(EventKind.EXTENSION).orElseThrow().toldOn());
        assertEquals(List.of(), recorded.warnings());
        assertTrue(f.context.audit().history(RequestService.ENTITY, r.id()).stream()
                .anyMatch(a -> a.summary() != null && a.summary().contains("补记延长答复期限的告知日期 2025-03-24")));
        int audit = f.count("audit_log");
        assertThrows(ValidationError.class, () -> f.service.recordExtensionTold(r.id(), day("2025-03-25")));
        assertEquals(audit, f.count("audit_log"));
        assertEquals(day("2025-03-24"), f.service.find(r.id()).first(EventKind.EXTENSION).orElseThrow().toldOn());
    }

    // [utest->req~fee.by-item~1]
    @Test
    void a_fee_by_item_counts_the_applicants_applications_in_that_calendar_month() {
        List<Request> march = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            march.add(f.service.register(aRequest().from(ApplicantKind.NATURAL_PERSON, "王五")
                    .receivedOn(String.format("2025-03-%02d", i + 2)).asking("第" + i + "份文件").intake()));
        }
        f.service.register(aRequest().from(ApplicantKind.NATURAL_PERSON, "赵六").receivedOn("2025-03-20").intake());
        Request april = f.service.register(aRequest().from(ApplicantKind.NATURAL_PERSON, "王五").receivedOn("2025-04-01").intake());

        assertEquals(0, f.service.feeQuote(march.get(9).id(), FeeBasis.BY_ITEM, null).amountFen());
        FeeQuote eleventh = f.service.feeQuote(march.get(10).id(), FeeBasis.BY_ITEM, null);
        assertEquals(11, eleventh.quantity());
        assertEquals(10000, eleventh.amountFen());
        assertEquals("王五 3 月第 11 件申请：100.00 元", eleventh.explanation());
        assertEquals(1, f.service.feeQuote(april.id(), FeeBasis.BY_ITEM, null).quantity());

        Request charged = f.service.addEvent(march.get(11).id(),
                RequestEvent.feeNotice(day("2025-03-17"), FeeBasis.BY_ITEM, 0, null)).request();
        RequestEvent notice = charged.first(EventKind.FEE_NOTICE).orElseThrow();
        assertEquals(12, notice.feeQuantity());
        assertEquals(10000L, notice.amountFen());
        assertEquals(day("2025-04-15"), notice.dueOn(), "20 working days to pay");
        assertThrows(ValidationError.class, () -> f.service.addEvent(april.id(),
                RequestEvent.feeNotice(day("2025-04-02"), FeeBasis.BY_ITEM, 0, null)), "the first of the month is free");
    }

    // [utest->req~fee.by-volume~1]
    @Test
    void a_fee_by_pages_and_its_payment_restart_the_clock() {
        Request r = f.service.register(aRequest().receivedOn("2025-03-05").intake());
        assertEquals(470000, f.service.feeQuote(r.id(), FeeBasis.BY_VOLUME, 250).amountFen());
        Request waiting = f.service.addEvent(r.id(), RequestEvent.feeNotice(day("2025-03-07"), FeeBasis.BY_VOLUME, 250, null)).request();
        assertNull(waiting.dueOn());
        Request paid = f.service.addEvent(r.id(), RequestEvent.of(EventKind.FEE_PAID, day("2025-03-20"))).request();
        assertEquals(470000L, paid.first(EventKind.FEE_PAID).orElseThrow().amountFen());
        assertEquals(day("2025-04-18"), paid.dueOn());
    }

    @Test
    void a_third_party_consultation_gets_its_fifteen_working_days_and_the_answer_is_linked() {
        Request r = f.service.register(aRequest().receivedOn("2025-03-05").intake());
        Request sent = f.service.addEvent(r.id(), RequestEvent.consultationSent(day("2025-03-10"), Consultee.THIRD_PARTY, "甲公司", null)).request();
        RequestEvent letter = sent.first(EventKind.CONSULTATION_SENT).orElseThrow();
        assertEquals(day("2025-03-31"), letter.dueOn());
        Request answered = f.service.addEvent(r.id(), RequestEvent.consultationAnswered(day("2025-03-18"), null)).request();
        assertEquals(letter.id(), answered.first(EventKind.CONSULTATION_ANSWERED).orElseThrow().relatedEventId());
        assertEquals("：甲公司 答复", EventText.details(answered.first(EventKind.CONSULTATION_ANSWERED).orElseThrow(), answered.events()),
                "the timeline says who answered");
        assertEquals(day("2025-04-11"), answered.dueOn());
    }

    // [utest->req~clock.calendar-change~1]
    @Test
    void a_calendar_change_re_dates_every_open_request_and_says_which_moved() {
        Request open = f.service.register(aRequest().receivedOn("2025-03-05").intake());
        Request later = f.service.register(aRequest().receivedOn("2025-06-20").intake());
        Request decided = f.service.register(aRequest().receivedOn("2025-03-06").intake());
        f.service.addEvent(decided.id(), RequestEvent.decision(day("2025-03-20"), ResultRow.DISCLOSED));

        Map<LocalDate, DayKind> days = new HashMap<>(f.calendar.exceptions());
        days.put(day("2025-03-14"), DayKind.HOLIDAY); // an extra day off, as a revised notice might add
        WorkCalendar revised = new WorkCalendar(days, f.calendar.coveredYears());
        f.calendar = revised;
        List<DueDateChange> moved = f.service.calendarChanged(revised);

        assertEquals(List.of(new DueDateChange(open.number().text(), "张三：" + open.intake().content(), day("2025-04-02"), day("2025-04-03"))), moved);
        assertEquals(day("2025-04-03"), f.repository.find(open.id()).orElseThrow().dueOn());
        assertEquals(later.dueOn(), f.repository.find(later.id()).orElseThrow().dueOn());
        assertEquals(day("2025-04-03"), f.repository.find(decided.id()).orElseThrow().dueOn(),
                "a decided request keeps the date it had when decided");
        assertTrue(f.context.audit().history(RequestService.ENTITY, open.id()).stream().anyMatch(a -> "due_on".equals(a.field())));
    }

    @Test
    void a_locked_year_refuses_changes() {
        Request r = f.service.register(aRequest().receivedOn("2024-11-05").intake());
        f.context.database().inTransaction(() -> f.context.yearLocks().lock(2024));
        UserError e = assertThrows(UserError.class, () -> f.service.register(aRequest().receivedOn("2024-12-05").intake()));
        assertTrue(e.getMessage().contains("2024年度报告已定稿导出"), e.getMessage());
        assertThrows(UserError.class, () -> f.service.updateIntake(r.id(), aRequest().receivedOn("2024-11-05").asking("改过的内容").intake()));
        assertEquals("2024年本县城区道路改造工程的立项批复", f.repository.find(r.id()).orElseThrow().intake().content());
    }

    // [utest->req~year.carry-over~1]
    @Test
    void a_request_open_on_31_december_is_carried_over_into_the_next_year() {
        Request open = f.service.register(aRequest().receivedOn("2024-12-20").intake());
        Request decidedInJanuary = f.service.register(aRequest().receivedOn("2024-12-23").intake());
        f.service.addEvent(decidedInJanuary.id(), RequestEvent.decision(day("2025-01-10"), ResultRow.DISCLOSED));
        Request decidedInDecember = f.service.register(aRequest().receivedOn("2024-12-02").intake());
        f.service.addEvent(decidedInDecember.id(), RequestEvent.decision(day("2024-12-31"), ResultRow.DISCLOSED));

        List<Long> outOf2024 = f.service.carriedOverOutOf(2024).stream().map(Request::id).collect(Collectors.toList());
        List<Long> into2025 = f.service.carriedOverInto(2025).stream().map(Request::id).collect(Collectors.toList());
        assertEquals(List.of(open.id(), decidedInJanuary.id()), outOf2024);
        assertEquals(outOf2024, into2025);
        assertEquals(List.of(), f.service.carriedOverOutOf(2023));
        List<Long> listed2025 = f.service.list(RequestFilter.year(2025)).stream().map(v -> v.request().id()).collect(Collectors.toList());
        assertTrue(listed2025.containsAll(outOf2024) && listed2025.size() == 2, "the 2025 list shows what 2024 carried over");
        assertEquals(3, f.service.ledger(2024).size());
    }

    @Test
    void changing_the_year_of_receipt_renumbers_and_audits_each_field() {
        Request r = f.service.register(aRequest().receivedOn("2024-03-05").intake());
        Request moved = f.service.updateIntake(r.id(), aRequest().receivedOn("2025-03-05").intake());
        assertEquals("依申请〔2025〕第1号", moved.number().text());
        List<String> fields = f.context.audit().history(RequestService.ENTITY, r.id()).stream()
                .map(a -> a.field()).filter(x -> x != null).collect(Collectors.toList());
        assertTrue(fields.containsAll(List.of("received_on", "submitted_on", "reg_number")), fields.toString());
    }

    @Test
    void the_list_filters_and_sorts_by_due_date() {
        f.service.register(aRequest().from(ApplicantKind.COMMERCIAL_ENTERPRISE, "某科技有限公司").receivedOn("2025-06-20").asking("招标文件").intake());
        Request overdue = f.service.register(aRequest().receivedOn("2025-05-05").asking("拆迁补偿标准").intake());
        Request soon = f.service.register(aRequest().receivedOn("2025-06-03").asking("学校规划").intake());
        Request done = f.service.register(aRequest().receivedOn("2025-03-05").intake());
        f.service.addEvent(done.id(), RequestEvent.decision(day("2025-03-10"), ResultRow.DISCLOSED));

        List<RequestView> all = f.service.list(RequestFilter.year(2025));
        assertEquals(List.of(RequestStatus.OVERDUE, RequestStatus.DUE_SOON, RequestStatus.IN_PROGRESS, RequestStatus.CLOSED),
                all.stream().map(RequestView::status).collect(Collectors.toList()));
        assertEquals(overdue.id(), all.get(0).request().id());
        assertEquals(soon.id(), all.get(1).request().id());
        assertEquals(1, f.service.list(new RequestFilter(2025, null, ApplicantKind.COMMERCIAL_ENTERPRISE, null, null)).size());
        assertEquals(1, f.service.list(new RequestFilter(2025, null, null, null, "拆迁")).size());
        assertEquals(1, f.service.list(new RequestFilter(2025, null, null, null, "科技")).size());
        assertEquals(1, f.service.list(new RequestFilter(2025, RequestStatus.CLOSED, null, ResultRow.DISCLOSED, null)).size());
        assertEquals(0, f.service.list(RequestFilter.year(2024)).size());
    }

    @Test
    void applicants_are_suggested_with_their_latest_details() {
        f.service.register(aRequest().from(ApplicantKind.LEGAL_SERVICE_ORGANISATION, "某某律师事务所")
                .withId(IdType.CREDIT_CODE, "91350100M000100Y43").intake());
        List<Applicant> found = f.service.applicantSuggestions("律师");
        assertEquals(1, found.size());
        assertEquals(ApplicantKind.LEGAL_SERVICE_ORGANISATION, found.get(0).kind());
        assertEquals("91350100M000100Y43", found.get(0).idNumber());
    }

    // [utest->req~review.cases~1]
    @Test
    void review_cases_need_a_result_with_a_closing_date() {
        Request r = f.service.register(aRequest().receivedOn("2025-03-05").intake());
        ReviewCase pending = f.reviewCases.save(new ReviewCase(null, r.id(), org.disclosuredesk.law.ReviewKind.ADMINISTRATIVE_REVIEW,
                "示复字〔2025〕3号", day("2025-05-06"), org.disclosuredesk.law.ReviewResult.PENDING, null, null));
        assertThrows(ValidationError.class, () -> f.reviewCases.save(new ReviewCase(pending.id(), r.id(), pending.kind(),
                pending.caseNumber(), pending.filedOn(), org.disclosuredesk.law.ReviewResult.UPHELD, null, null)));
        ReviewCase closed = f.reviewCases.save(new ReviewCase(pending.id(), r.id(), pending.kind(), pending.caseNumber(),
                pending.filedOn(), org.disclosuredesk.law.ReviewResult.UPHELD, day("2025-06-20"), null));
        assertEquals(org.disclosuredesk.law.ReviewResult.UPHELD, closed.result());
        assertEquals(List.of(closed), f.service.detail(r.id()).reviewCases());
    }
}
