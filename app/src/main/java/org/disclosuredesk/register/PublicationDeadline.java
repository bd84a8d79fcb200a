// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.LocalDate;
import org.disclosuredesk.calendar.WorkCalendar;

/**
 * 条例第二十六条: information in the 主动公开 scope is published within 20 working days of being made
 * (成文日期). The day of making is not counted, as for every working-day period.
 */
public final class PublicationDeadline {

    public static final int WORKING_DAYS = 20;

    private PublicationDeadline() {
    }

    // [impl->req~register.publication-deadline~1]
    public static LocalDate dueOn(WorkCalendar calendar, LocalDate writtenOn) {
        return calendar.addWorkingDays(writtenOn, WORKING_DAYS);
    }

    /**
     * Working days past {@code dueOn} on {@code day}; 0 when {@code day} is not after it. Publishing on a
     * weekend after the deadline is late by at least one day, though no working day has passed.
     */
    public static int workingDaysLate(WorkCalendar calendar, LocalDate dueOn, LocalDate day) {
        if (!day.isAfter(dueOn)) {
            return 0;
        }
        return Math.max(1, calendar.workingDaysBetween(dueOn, day));
    }
}
