// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.calendar.CalendarSource;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.db.Database;

/** A real migrated database in a temp folder, a fixed "today" and a calendar the test can change. */
final class RequestFixture implements AutoCloseable {

    final AppContext context;
    final RequestService service;
    final ReviewCaseService reviewCases;
    final RequestRepository repository;
    WorkCalendar calendar = TestCalendars.china2024And2025();

    RequestFixture(Path dir, String today) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        Database db = Database.open(dir.resolve("requests-" + System.nanoTime() + ".db"));
        context = new AppContext(db, clock);
        CalendarSource source = () -> calendar;
        repository = new RequestRepository(db.dsl());
        ReviewCaseRepository cases = new ReviewCaseRepository(db.dsl());
        service = new RequestService(repository, cases, db, source, context.settings(), context.audit(), context.yearLocks(), clock);
        reviewCases = new ReviewCaseService(cases, repository, db, context.audit(), context.yearLocks(), clock);
    }

    int count(String table) {
        return context.database().tableCounts().get(table);
    }

    @Override
    public void close() {
        context.close();
    }
}
