// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A year's stored calendar: the notice(s) it follows and its exception days, in date order. */
public record CalendarYear(int year, String noticeTitle, List<CalendarDay> days) {

    public CalendarYear {
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).collect(Collectors.toUnmodifiableList());
    }

    public List<CalendarDay> daysOf(DayKind kind) {
        return days.stream().filter(d -> d.kind() == kind).collect(Collectors.toList());
    }
}
