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
public final class RequestFixture implements AutoCloseable {

    public final AppContext context;
    public final RequestService service;
    public final ReviewCaseService reviewCases;
    public final RequestRepository repository;
    public final org.disclosuredesk.requests.transfer.RequestTransfer transfer;
    public WorkCalendar calendar = TestCalendars.china2024And2025();

    public RequestFixture(Path dir, String today) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        Database db = Database.open(dir.resolve("requests-" + System.nanoTime() + ".db"));
        context = new AppContext(db, clock);
        CalendarSource source = () -> calendar;
        repository = new RequestRepository(db.dsl());
        ReviewCaseRepository cases = new ReviewCaseRepository(db.dsl());
        service = new RequestService(repository, cases, db, source, context.settings(), context.audit(), context.yearLocks(), clock);
        reviewCases = new ReviewCaseService(cases, repository, db, context.audit(), context.yearLocks(), clock);
        transfer = new org.disclosuredesk.requests.transfer.RequestTransfer(service, context.settings());
    }

    public int count(String table) {
        return context.database().tableCounts().get(table);
    }

    /** A request received on {@code date} by {@code name}, registered through the service. */
    public Request register(String date, String name, String content) {
        return service.register(RequestBuilder.aRequest().receivedOn(date)
                .from(org.disclosuredesk.law.ApplicantKind.NATURAL_PERSON, name).asking(content).intake());
    }

    @Override
    public void close() {
        context.close();
    }
}
