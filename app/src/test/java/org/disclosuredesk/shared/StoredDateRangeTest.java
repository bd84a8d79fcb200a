// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.plan.DeadlineKind;
import org.disclosuredesk.plan.PlanDraft;
import org.disclosuredesk.plan.TaskStatus;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.requests.Consultee;
import org.disclosuredesk.requests.FeeBasis;
import org.disclosuredesk.requests.ImportedRequest;
import org.disclosuredesk.requests.RequestEvent;
import org.disclosuredesk.requests.ReviewCase;
import org.disclosuredesk.requests.Applicant;
import org.disclosuredesk.requests.RequestIntake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 12: a date outside 2000–2100 is a field error naming the field, never 「意外错误」. */
class StoredDateRangeTest {

    @TempDir
    Path dir;

    @Test
    void the_range_is_the_schema_s() {
        assertTrue(StoredDateRange.problem("writtenOn", "成文日期", LocalDate.of(2000, 1, 1)).isEmpty());
        assertTrue(StoredDateRange.problem("writtenOn", "成文日期", LocalDate.of(2100, 12, 31)).isEmpty());
        assertEquals("writtenOn", StoredDateRange.problem("writtenOn", "成文日期", LocalDate.of(1999, 12, 31)).orElseThrow().field());
        assertTrue(StoredDateRange.problem("writtenOn", "成文日期", LocalDate.of(2101, 1, 1)).isPresent());
    }

    @Test
    void a_request_received_in_1900_and_a_document_written_in_1900_are_field_errors() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("t.db")), Clock.systemDefaultZone())) {
            LocalDate old = LocalDate.of(1900, 1, 1);
            RequestIntake intake = new RequestIntake(new Applicant(ApplicantKind.values()[0], "张三", null, null, "13800000000", "地址", null),
                    RequestChannel.values()[0], old, old, "某文件", null, null);
            ValidationError e = assertThrows(ValidationError.class, () -> ctx.requests().register(intake));
            assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("receivedOn") && p.message().contains("2000 年至 2100 年")),
                    e.problems().toString());

            DocumentDraft d = DocumentDraft.builder().title("旧文件").issuingOrgan("示例县人民政府").writtenOn(old).publishedOn(null)
                    .channels(List.of(PublicationChannel.GOVERNMENT_WEBSITE)).docType(DocType.OTHER).build();
            ValidationError w = assertThrows(ValidationError.class, () -> ctx.register().create(d));
            assertTrue(w.problems().stream().anyMatch(p -> p.field().equals("writtenOn")), w.problems().toString());
            assertEquals(0, ctx.database().tableCounts().get("request") + ctx.database().tableCounts().get("document"));
        }
    }

    private static final Clock MARCH_2026 = Clock.fixed(java.time.Instant.parse("2026-03-10T02:00:00Z"), java.time.ZoneId.of("Asia/Shanghai"));

    private static RequestIntake intake(LocalDate receivedOn) {
        return new RequestIntake(new Applicant(ApplicantKind.values()[0], "张三", null, null, "13800000000", "地址", null),
                RequestChannel.values()[0], receivedOn, receivedOn, "某文件", null, null);
    }

    private static void assertRangeError(String field, Runnable action) {
        ValidationError e = assertThrows(ValidationError.class, action::run);
        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals(field) && p.message().contains("2000 年至 2100 年")),
                e.problems().toString());
    }

    @Test
    void every_date_of_a_request_step_is_a_field_error_outside_the_range() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("steps.db")), MARCH_2026)) {
            long id = ctx.requests().register(intake(LocalDate.of(2026, 3, 2))).id();
            LocalDate far = LocalDate.of(2200, 1, 1);
            LocalDate old = LocalDate.of(1900, 1, 1);

            assertRangeError("dueOn", () -> ctx.requests().addEvent(id, RequestEvent.correctionSent(LocalDate.of(2026, 3, 3), far)));
            assertRangeError("dueOn", () -> ctx.requests().addEvent(id,
                    RequestEvent.consultationSent(LocalDate.of(2026, 3, 3), Consultee.values()[0], "某公司", far)));
            assertRangeError("toldOn", () -> ctx.requests().addEvent(id, RequestEvent.extension(LocalDate.of(2026, 3, 4), "主任", old, 20)));
            assertRangeError("dueOn", () -> ctx.requests().addEvent(id,
                    RequestEvent.feeNotice(LocalDate.of(2026, 3, 4), FeeBasis.values()[0], 1, far)));
            assertRangeError("dueOn", () -> ctx.requests().addEvent(id, RequestEvent.longerPeriod(LocalDate.of(2026, 3, 5), far, "涉及面广")));
            assertRangeError("on", () -> ctx.requests().addEvent(id, RequestEvent.decision(old, ResultRow.values()[0])));
            assertRangeError("toldOn", () -> ctx.requests().recordExtensionTold(id, old));

            assertTrue(ctx.requests().find(id).events().isEmpty(), "nothing stored");
        }
    }

    @Test
    void an_imported_reply_date_outside_the_range_is_named_with_its_row() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("import.db")), MARCH_2026)) {
            ImportedRequest row = new ImportedRequest(2, intake(LocalDate.of(2025, 3, 3)), ResultRow.values()[0], LocalDate.of(2150, 1, 1));
            UserError e = assertThrows(UserError.class, () -> ctx.requests().importRequests(List.of(row)));
            assertTrue(e.getMessage().contains("第 2 行") && e.getMessage().contains("答复日期") && e.getMessage().contains("2000 年至 2100 年"),
                    e.getMessage());
            assertEquals(0, ctx.database().tableCounts().get("request"));
        }
    }

    @Test
    void review_case_dates_outside_the_range_are_field_errors() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("review.db")), MARCH_2026)) {
            LocalDate old = LocalDate.of(1999, 5, 1);
            assertRangeError("filedOn", () -> ctx.reviewCases().save(new ReviewCase(null, null, ReviewKind.ADMINISTRATIVE_REVIEW, "复1",
                    old, ReviewResult.PENDING, null, null)));
            assertRangeError("closedOn", () -> ctx.reviewCases().save(new ReviewCase(null, null, ReviewKind.ADMINISTRATIVE_REVIEW, "复1",
                    LocalDate.of(2025, 5, 1), ReviewResult.UPHELD, LocalDate.of(1999, 6, 1), null)));
            assertEquals(0, ctx.database().tableCounts().get("review_case"));
        }
    }

    @Test
    void plan_dates_outside_the_range_are_field_errors() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("plan.db")), MARCH_2026)) {
            PlanDraft read = ctx.plans().readText("2026年政务公开工作方案\n一、任务\n（一）做好公开。（县政府办牵头）", null);
            List<PlanDraft.Item> items = new java.util.ArrayList<>();
            for (PlanDraft.Item i : read.items()) {
                items.add(i.heading() ? i : new PlanDraft.Item(i.parent(), i.path(), i.heading(), i.text(), i.units(), "2150年底前",
                        LocalDate.of(2150, 12, 31), DeadlineKind.DATE, i.recurrence(), i.targets(), i.sourceStart(), i.sourceEnd()));
            }
            PlanDraft farDeadline = new PlanDraft(read.title(), read.issuer(), read.docNumber(), read.year(), read.sourceFileName(),
                    read.sourceText(), items);
            ValidationError e = assertThrows(ValidationError.class, () -> ctx.plans().importPlan(farDeadline));
            assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("items") && p.message().contains("完成时限")
                    && p.message().contains("2000 年至 2100 年")), e.problems().toString());
            assertEquals(0, ctx.database().tableCounts().get("plan_task"));

            long planId = ctx.plans().importPlan(read);
            long taskId = ctx.plans().items(planId).stream().filter(t -> !t.heading()).findFirst().orElseThrow().id();
            assertRangeError("completedOn", () -> ctx.plans().changeStatus(taskId, TaskStatus.DONE, LocalDate.of(1900, 1, 1)));
            assertRangeError("notedOn", () -> ctx.plans().addProgress(taskId, LocalDate.of(1900, 1, 1), "已公开", null));
            assertTrue(ctx.plans().progress(taskId).isEmpty());
        }
    }
}
