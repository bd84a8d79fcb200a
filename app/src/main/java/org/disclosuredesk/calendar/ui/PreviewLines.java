// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.disclosuredesk.calendar.CalendarDay;
import org.disclosuredesk.calendar.ChineseDates;
import org.disclosuredesk.calendar.DayKind;
import org.disclosuredesk.ui.kit.Texts;

/**
 * The days of a preview written back the way the notice wrote them, so the office can compare line by
 * line: 「1月28日至2月4日 放假（春节，8天）」, 「1月26日（星期日）调休上班（春节）」.
 */
public final class PreviewLines {

    private PreviewLines() {
    }

    public static List<String> of(List<CalendarDay> days, int year) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            CalendarDay first = days.get(i);
            int j = i;
            while (first.kind() == DayKind.HOLIDAY && j + 1 < days.size() && continues(days.get(j), days.get(j + 1))) {
                j++;
            }
            lines.add(line(first, days.get(j), j - i + 1, year));
            i = j + 1;
        }
        return lines;
    }

    private static boolean continues(CalendarDay day, CalendarDay next) {
        return next.kind() == DayKind.HOLIDAY && next.date().equals(day.date().plusDays(1))
                && Objects.equals(next.holidayName(), day.holidayName());
    }

    private static String line(CalendarDay first, CalendarDay last, int length, int year) {
        String name = first.holidayName() == null ? "" : first.holidayName();
        String from = ChineseDates.monthDay(first.date(), year);
        if (first.kind() == DayKind.WORKDAY) {
            return Texts.get("calendar.preview.workdayLine", from, ChineseDates.weekday(first.date().getDayOfWeek()), name);
        }
        if (length == 1) {
            return Texts.get("calendar.preview.holidayLine", from, name);
        }
        return Texts.get("calendar.preview.holidayRangeLine", from, ChineseDates.monthDay(last.date(), year), name, length);
    }
}
