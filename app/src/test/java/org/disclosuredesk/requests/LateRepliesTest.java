// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.disclosuredesk.requests.RequestBuilder.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.Report;
import org.disclosuredesk.report.check.TimelinessClaimCheck;
import org.disclosuredesk.shared.BackgroundTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 「逾期办结」 is counted from the due date a request had when it was decided, everywhere the same. */
// [utest->req~clock.late-replies~1] [utest->req~clock.kept-due-date~1]
class LateRepliesTest {

    @TempDir
    Path dir;

    @Test
    void a_reply_after_the_due_date_is_counted_late_in_the_list_the_overview_and_the_report() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            // received Wednesday 2025-03-05, due 2025-04-02 (清明 4-4 … 4-6 lies after it)
            Request late = f.register("2025-03-05", "张三", "某路段改造批复");
            Request inTime = f.register("2025-03-05", "李四", "某小区规划许可");
            f.service.addEvent(late.id(), RequestEvent.decision(day("2025-04-03"), ResultRow.DISCLOSED));
            f.service.addEvent(inTime.id(), RequestEvent.decision(day("2025-04-02"), ResultRow.DISCLOSED));
            f.service.addEvent(late.id(), RequestEvent.replySent(day("2025-04-07"), "邮寄"));

            assertEquals(List.of(late.id()), ids(f.service.lateReplies(2025)));
            assertEquals(day("2025-04-02"), f.repository.find(late.id()).orElseThrow().dueOn(), "kept after the reply was sent too");
            assertEquals(RequestStatus.CLOSED_LATE, f.service.detail(late.id()).view().status());
            assertEquals(RequestStatus.CLOSED, f.service.detail(inTime.id()).view().status());
            assertEquals(List.of(), f.service.lateReplies(2024));
        }
    }

    @Test
    void the_overview_counts_the_late_replies_of_the_current_year() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            RequestService requests = f.context.requests(); // the app's own wiring and shipped calendar
            Request r = requests.register(aRequest().receivedOn("2025-03-05").intake());
            requests.addEvent(r.id(), RequestEvent.decision(day("2025-04-03"), ResultRow.DISCLOSED));
            assertEquals(1, f.context.overview().figures().lateRepliesThisYear());
        }
    }

    @Test
    void a_calendar_change_after_the_decision_does_not_re_date_a_decided_request() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Request r = f.register("2025-03-05", "张三", "某路段改造批复");
            f.service.addEvent(r.id(), RequestEvent.decision(day("2025-04-03"), ResultRow.DISCLOSED));
            f.calendar = org.disclosuredesk.calendar.WorkCalendar.weekendsOnly();
            f.service.calendarChanged(f.calendar);
            assertEquals(day("2025-04-02"), f.repository.find(r.id()).orElseThrow().dueOn());
            assertEquals(1, f.service.lateReplies(2025).size());
        }
    }

    @Test
    void a_row_decided_before_the_due_date_was_kept_is_computed_on_read() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            Request r = f.register("2025-03-05", "张三", "某路段改造批复");
            f.service.addEvent(r.id(), RequestEvent.decision(day("2025-04-03"), ResultRow.DISCLOSED));
            f.repository.updateDueOn(r.id(), null); // as schema V8 and earlier left a decided request
            assertEquals(List.of(r.id()), ids(f.service.lateReplies(2025)));
            assertEquals(RequestStatus.CLOSED_LATE, f.service.detail(r.id()).view().status());
        }
    }

    @Test
    void an_imported_decided_row_keeps_the_due_date_from_its_receipt() {
        try (RequestFixture f = new RequestFixture(dir, "2025-06-30")) {
            ImportedRequest row = new ImportedRequest(2, aRequest().receivedOn("2025-03-05").intake(), ResultRow.DISCLOSED, day("2025-04-10"));
            Request stored = f.service.importRequests(List.of(row)).get(0);
            assertEquals(day("2025-04-02"), stored.dueOn());
            assertEquals(1, f.service.lateReplies(2025).size());
        }
    }

    @Test
    void the_demo_2025_draft_states_the_late_replies_and_the_all_in_time_claim_blocks_export() {
        Clock clock = Clock.fixed(LocalDate.parse("2026-01-15").atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("demo.db")), clock)) {
            new DemoOffice(ctx).fill(2025, BackgroundTask.Progress.NONE);
            List<Request> late = ctx.requests().lateReplies(2025);
            List<String> numbers = late.stream().map(r -> r.number().text()).collect(Collectors.toList());
            assertTrue(numbers.contains("依申请〔2025〕第28号") && numbers.contains("依申请〔2025〕第31号"), numbers.toString());
            long listed = ctx.requests().ledger(2025).stream().filter(v -> v.status() == RequestStatus.CLOSED_LATE
                    && v.request().decidedOn().getYear() == 2025).count();
            assertEquals(late.size(), listed, "the list's 逾期办结 and the report's count agree");

            Narrative draft = ctx.report().generateDraft(2025);
            assertFalse(draft.text(org.disclosuredesk.report.format.ReportSection.OVERVIEW).contains("均在法定期限内"), draft.overview());
            assertTrue(draft.overview().contains("有" + late.size() + "件申请的答复超过法定期限"), draft.overview());
            assertTrue(draft.problems().contains("答复时效有待提高，本年度有" + late.size() + "件申请未在法定期限内答复"), draft.problems());
            ctx.report().saveNarrative(2025, draft, true);
            assertTrue(ctx.report().build(2025).findings().stream().noneMatch(x -> x.rule().equals(TimelinessClaimCheck.RULE)));

            ctx.report().saveNarrative(2025, new Narrative(draft.overview().replace(
                    "有" + late.size() + "件申请的答复超过法定期限", "所有申请均在法定期限内答复"), draft.problems(), draft.otherMatters()), false);
            Report report = ctx.report().build(2025);
            assertTrue(report.findings().stream().anyMatch(x -> x.rule().equals(TimelinessClaimCheck.RULE) && x.isError()),
                    report.findings().toString());
        }
    }

    private static List<Long> ids(List<Request> requests) {
        return requests.stream().map(Request::id).collect(Collectors.toList());
    }
}
