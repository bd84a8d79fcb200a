// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the Monday–Friday rule as a notice announces it: a day off or a 调休 working
 * weekend day, with the holiday it belongs to (as the notice writes it) and the notice it came from.
 */
public record CalendarDay(LocalDate date, DayKind kind, String holidayName, String sourceNotice) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    public int year() {
        return date.getYear();
    }
}
