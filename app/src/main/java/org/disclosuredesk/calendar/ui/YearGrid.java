// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosuredesk.calendar.CalendarDay;
import org.disclosuredesk.calendar.CalendarYear;
import org.disclosuredesk.calendar.ChineseDates;
import org.disclosuredesk.calendar.DayKind;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.ui.kit.Texts;

/** A year as the screen shows it: every day with its style, and the year's counts. Plain Java. */
public record YearGrid(int year, boolean covered, String noticeTitle, List<DayCell> days,
        int workingDays, int holidays, int shiftedWorkdays) {

    public static YearGrid of(int year, WorkCalendar calendar, Optional<CalendarYear> stored) {
        Map<LocalDate, CalendarDay> exceptions = new HashMap<>();
        stored.ifPresent(y -> y.days().forEach(d -> exceptions.put(d.date(), d)));
        List<DayCell> days = new ArrayList<>();
        int working = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            CalendarDay exception = exceptions.get(d);
            DayStyle style = styleOf(d, exception);
            String name = exception == null ? null : exception.holidayName();
            days.add(new DayCell(d, style, name, describe(d, style, name)));
            if (calendar.isWorkingDay(d)) {
                working++;
            }
        }
        List<CalendarDay> all = stored.map(CalendarYear::days).orElse(List.of());
        return new YearGrid(year, calendar.covers(year), stored.map(CalendarYear::noticeTitle).orElse(null), days, working,
                (int) all.stream().filter(x -> x.kind() == DayKind.HOLIDAY).count(),
                (int) all.stream().filter(x -> x.kind() == DayKind.WORKDAY).count());
    }

    private static DayStyle styleOf(LocalDate date, CalendarDay exception) {
        if (exception != null) {
            return exception.kind() == DayKind.HOLIDAY ? DayStyle.HOLIDAY : DayStyle.SHIFTED_WORKDAY;
        }
        return ChineseDates.isWeekend(date) ? DayStyle.WEEKEND : DayStyle.WORKING;
    }

    private static String describe(LocalDate date, DayStyle style, String name) {
        String day = date + " " + ChineseDates.weekday(date.getDayOfWeek());
        switch (style) {
            case HOLIDAY:
                return Texts.get("calendar.day.holiday", day, name == null ? "" : "（" + name + "）");
            case SHIFTED_WORKDAY:
                return Texts.get("calendar.day.shifted", day, name == null ? "" : "（" + name + "）");
            case WEEKEND:
                return Texts.get("calendar.day.weekend", day);
            default:
                return Texts.get("calendar.day.working", day);
        }
    }
}
