// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import java.time.LocalDate;
import org.disclosuredesk.calendar.ChineseDates;

/** One day of the year grid: its look and the words of its tooltip. */
public record DayCell(LocalDate date, DayStyle style, String holidayName, String description) {

    public boolean canBeHoliday() {
        return style != DayStyle.HOLIDAY;
    }

    /** A 调休 working day can only be a Saturday or Sunday. */
    public boolean canBeShiftedWorkday() {
        return ChineseDates.isWeekend(date) && style != DayStyle.SHIFTED_WORKDAY;
    }

    /** Only an announced exception can be turned back into an ordinary day. */
    public boolean canBeOrdinary() {
        return style == DayStyle.HOLIDAY || style == DayStyle.SHIFTED_WORKDAY;
    }
}
