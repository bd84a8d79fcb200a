// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.calendar.DayKind;
import org.disclosuredesk.calendar.DueDateChange;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.law.ResultRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app as wired: editing a day in 设置 → 工作日历 re-dates the open requests in the same transaction. */
// [utest->req~clock.calendar-change~1]
class CalendarChangeTest {

    @TempDir
    Path dir;

    @Test
    void a_day_made_a_holiday_moves_open_due_dates_and_the_calendar_reports_them() {
        Clock clock = Clock.fixed(LocalDate.parse("2025-03-20").atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("c.db")), clock)) {
            Request open = ctx.requests().register(aRequest().receivedOn("2025-03-05").intake());
            Request decided = ctx.requests().register(aRequest().receivedOn("2025-03-06").intake());
            ctx.requests().addEvent(decided.id(), RequestEvent.decision(LocalDate.parse("2025-03-18"), ResultRow.DISCLOSED));
            assertEquals(LocalDate.parse("2025-04-02"), open.dueOn(), "shipped 2025 calendar: 清明 after the due date");

            List<DueDateChange> moved = ctx.calendar().setDay(LocalDate.parse("2025-03-24"), DayKind.HOLIDAY);

            assertEquals(1, moved.size());
            assertEquals(open.number().text(), moved.get(0).reference());
            assertEquals(LocalDate.parse("2025-04-03"), moved.get(0).after());
            assertEquals(LocalDate.parse("2025-04-03"), ctx.requests().find(open.id()).dueOn());
            assertEquals(LocalDate.parse("2025-04-03"), ctx.requests().find(decided.id()).dueOn(),
                    "a decided request keeps the due date it had when decided (received 03-06: 20 working days → 04-03)");
        }
    }
}
