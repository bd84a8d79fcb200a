// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days: Monday to Friday, minus the announced holidays, plus the announced 调休 working
 * weekend days. An immutable snapshot; a calendar change produces a new one. For a year without
 * notice data only weekends count, and {@link #covers} says so, so the UI can mark 「日历未更新」.
 */
public final class WorkCalendar {

    private final Map<LocalDate, DayKind> exceptions;
    private final Set<Integer> coveredYears;

    public WorkCalendar(Map<LocalDate, DayKind> exceptions, Set<Integer> coveredYears) {
        this.exceptions = Map.copyOf(exceptions);
        this.coveredYears = Set.copyOf(coveredYears);
    }

    public static WorkCalendar weekendsOnly() {
        return new WorkCalendar(Map.of(), Set.of());
    }

    /** The calendar made of the stored years: each one covered, its days the exceptions. */
    public static WorkCalendar of(Collection<CalendarYear> years) {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        Set<Integer> covered = new HashSet<>();
        for (CalendarYear year : years) {
            covered.add(year.year());
            year.days().forEach(d -> exceptions.put(d.date(), d.kind()));
        }
        return new WorkCalendar(exceptions, covered);
    }

    // [impl->req~calendar.workday~1]
    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Every working day of {@code year}, in order (weekdays only where the year is not covered). */
    public List<LocalDate> workingDaysIn(int year) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The date {@code n} working days after {@code from}; the day itself is not counted (条例第三十三条 practice). */
    // [impl->req~calendar.add-working-days~1]
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days in (fromExclusive, toInclusive]; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** True when the year's holiday notice is in the calendar. */
    // [impl->req~calendar.uncovered-year~1]
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** Years in [from, to] whose notice is missing: any date computed across them is provisional. */
    public Set<Integer> uncoveredYears(LocalDate from, LocalDate to) {
        Set<Integer> missing = new TreeSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!coveredYears.contains(y)) {
                missing.add(y);
            }
        }
        return missing;
    }

    public Set<Integer> coveredYears() {
        return coveredYears;
    }

    public Map<LocalDate, DayKind> exceptions() {
        return exceptions;
    }
}
