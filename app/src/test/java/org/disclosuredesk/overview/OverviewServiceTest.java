// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewServiceTest {

    @TempDir
    Path dir;

    @Test
    void counts_open_due_soon_and_overdue_requests_tasks_and_documents() {
        // Tuesday 2025-06-10 in Beijing
        Clock clock = Clock.fixed(Instant.parse("2025-06-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("o.db")), clock)) {
            var dsl = ctx.database().dsl();
            // due_on as the request log derives it (the log re-dates open requests when the calendar loads)
            request(ctx, 1, "2025-05-01", "2025-06-03", null);          // overdue
            request(ctx, 2, "2025-05-14", "2025-06-12", null);          // due within 5 working days
            request(ctx, 3, "2025-06-05", "2025-07-03", null);          // open, not due soon
            request(ctx, 4, "2025-05-01", null, "2025-05-30");          // decided: not counted
            dsl.execute("INSERT INTO plan (id, title, year, imported_at) VALUES (1, '2025年政务公开工作要点', 2025, 'x')");
            dsl.execute("INSERT INTO plan_task (plan_id, seq, path_json, text, due_date, status) VALUES "
                    + "(1, 1, '[\"一\"]', '按时发布年报', '2025-06-30', 'IN_PROGRESS'),"
                    + "(1, 2, '[\"二\"]', '更新目录', '2025-05-31', 'NOT_STARTED'),"
                    + "(1, 3, '[\"三\"]', '已完成的事', '2025-06-15', 'DONE')");
            dsl.execute("INSERT INTO document (title, written_on, created_at, updated_at) VALUES "
                    + "('关于A的通知', '2025-02-01', 'x', 'x'), ('关于B的通知', '2024-12-31', 'x', 'x')");

            OverviewFigures f = ctx.overview().figures();

            assertEquals(3, f.openRequests());
            assertEquals(1, f.requestsDueThisWeek());
            assertEquals(1, f.overdueRequests());
            assertEquals(1, f.tasksDueThisMonth());
            assertEquals(1, f.overdueTasks());
            assertEquals(1, f.documentsThisYear());
            assertEquals(2, f.dueRequests().size());
            assertTrue(f.dueRequests().get(0).overdue());
            assertEquals("依申请〔2025〕第1号", f.dueRequests().get(0).reference());
        }
    }

    // [utest->req~clock.provisional~1]
    @Test
    void a_due_date_in_a_year_without_its_notice_is_marked_in_the_list() {
        // Monday 2026-12-28: 2027 has no holiday notice among the shipped years
        Clock clock = Clock.fixed(Instant.parse("2026-12-28T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("p.db")), clock)) {
            request(ctx, 1, "2026-11-30", "2026-12-28", null);
            request(ctx, 2, "2026-12-04", "2027-01-01", null); // 2027 counted with weekends only
            var items = ctx.overview().figures().dueRequests();
            assertEquals(java.util.List.of(false, true), items.stream().map(OverviewFigures.DueItem::provisional).toList());
        }
    }

    private static void request(AppContext ctx, int seq, String received, String due, String decided) {
        ctx.database().dsl().execute("INSERT INTO request (reg_year, reg_seq, reg_number, applicant_kind, applicant_name, channel,"
                + " submitted_on, received_on, content, result_code, decided_on, due_on, created_at, updated_at) VALUES (2025, ?, ?,"
                + " 'NATURAL_PERSON', '张三', 'IN_PERSON', ?, ?, '某事项', ?, ?, ?, 'x', 'x')",
                seq, "依申请〔2025〕第" + seq + "号", received, received, decided == null ? null : "1", decided, due);
    }
}
