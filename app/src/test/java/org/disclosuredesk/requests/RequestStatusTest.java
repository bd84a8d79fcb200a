// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.requests.RequestBuilder.aRequest;
import static org.disclosuredesk.requests.RequestBuilder.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.law.ResultRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// [utest->req~status~1]
class RequestStatusTest {

    private final WorkCalendar calendar = TestCalendars.china2024And2025();

    /** Received 2025-03-05, due 2025-04-02. */
    @ParameterizedTest(name = "today {0}, decided {1} → {2}")
    @CsvSource({
        "2025-03-10,           , IN_PROGRESS",
        "2025-03-25,           , IN_PROGRESS",
        "2025-03-26,           , DUE_SOON",
        "2025-04-02,           , DUE_SOON",
        "2025-04-03,           , OVERDUE",
        "2025-04-20, 2025-04-02, CLOSED",
        "2025-04-20, 2025-04-03, CLOSED_LATE",
    })
    void status_from_the_deadline_and_today(String today, String decided, RequestStatus expected) {
        Request r = aRequest().receivedOn("2025-03-05").build();
        if (decided != null) {
            r = r.withOutcome(ResultRow.DISCLOSED, day(decided), null);
        }
        Deadline d = new AnswerDeadline(calendar).of(r);
        assertEquals(expected, RequestStatus.of(d, r.decidedOn(), day(today), 5, calendar));
    }

    @ParameterizedTest
    @CsvSource({"3, IN_PROGRESS", "5, DUE_SOON"})
    void the_reminder_window_is_a_setting(int dueSoonDays, RequestStatus expected) {
        Request r = aRequest().receivedOn("2025-03-05").build();
        // 2025-03-26 is 5 working days before 2025-04-02
        assertEquals(expected, RequestStatus.of(new AnswerDeadline(calendar).of(r), null, day("2025-03-26"), dueSoonDays, calendar));
    }
}
