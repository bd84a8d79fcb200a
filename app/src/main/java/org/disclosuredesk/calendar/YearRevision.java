// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns parsed notices into the year they would make. A full notice replaces the year. An amendment
 * (国办发明电〔2019〕3号 moving 劳动节, 国办发明电〔2020〕1号 extending 春节) changes only the holidays it
 * names and needs the year it amends: stored already, or pasted just before it.
 */
// [impl->req~calendar.notice-amendment~1]
public final class YearRevision {

    private YearRevision() {
    }

    public static CalendarPreview apply(Optional<CalendarYear> stored, List<ParsedNotice> notices) {
        int year = notices.get(0).year();
        List<NoticeRemark> problems = new ArrayList<>();
        List<NoticeRemark> notes = new ArrayList<>();
        Set<Integer> years = notices.stream().map(ParsedNotice::year).collect(Collectors.toCollection(TreeSet::new));
        if (years.size() > 1) {
            problems.add(new NoticeRemark(0, "", "粘贴的通知属于不同年份（" + years.stream().map(String::valueOf)
                    .collect(Collectors.joining("、")) + "）：请每次只粘贴一年的通知。"));
        }
        Map<LocalDate, CalendarDay> days = new TreeMap<>();
        String title = null;
        if (stored.isPresent()) {
            stored.get().days().forEach(d -> days.put(d.date(), d));
            title = stored.get().noticeTitle();
        }
        for (ParsedNotice notice : notices) {
            problems.addAll(notice.problems());
            notes.addAll(notice.notes());
            if (!notice.amendment()) {
                days.clear();
                notice.days().forEach(d -> days.put(d.date(), d));
                title = notice.title();
            } else if (title == null) {
                problems.add(new NoticeRemark(0, "", "“" + notice.title() + "”是调整通知，但还没有 " + notice.year()
                        + " 年的日历可供调整：请先粘贴国务院办公厅关于" + notice.year() + "年部分节假日安排的通知。"));
            } else {
                amend(days, notice, problems);
                // Pasting an amendment the year already follows changes nothing, its title included.
                if (!List.of(title.split("；")).contains(notice.title())) {
                    title = title + "；" + notice.title();
                }
            }
        }
        return new CalendarPreview(year, title == null ? "" : title, new ArrayList<>(days.values()), problems, notes);
    }

    private static void amend(Map<LocalDate, CalendarDay> days, ParsedNotice amendment, List<NoticeRemark> problems) {
        Set<String> renamed = amendment.days().stream().map(CalendarDay::holidayName).collect(Collectors.toSet());
        days.values().removeIf(d -> d.holidayName() != null && renamed.stream().anyMatch(n -> sameHoliday(n, d.holidayName())));
        amendment.days().forEach(d -> days.put(d.date(), d));
        for (HolidayExtension extension : amendment.extensions()) {
            Optional<LocalDate> start = days.values().stream()
                    .filter(d -> d.kind() == DayKind.HOLIDAY && sameHoliday(extension.holidayName(), d.holidayName()))
                    .map(CalendarDay::date)
                    .min(LocalDate::compareTo);
            if (start.isEmpty() || extension.until().isBefore(start.get())) {
                problems.add(new NoticeRemark(extension.lineNumber(), extension.lineText(), "日历中没有" + extension.holidayName()
                        + "假期可以延长到" + ChineseDates.monthDay(extension.until(), amendment.year()) + "。"));
                continue;
            }
            for (LocalDate d = start.get(); !d.isAfter(extension.until()); d = d.plusDays(1)) {
                CalendarDay before = days.get(d);
                if (before == null || before.kind() != DayKind.HOLIDAY) {
                    days.put(d, new CalendarDay(d, DayKind.HOLIDAY, extension.holidayName(), amendment.title()));
                }
            }
        }
    }

    /** 「国庆节、中秋节」 and 「中秋节、国庆节」 name the same block; 「春节」 matches a day of 「春节」. */
    private static boolean sameHoliday(String a, String b) {
        return a != null && b != null && (a.contains(b) || b.contains(a));
    }
}
