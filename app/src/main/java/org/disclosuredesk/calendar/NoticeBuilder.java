// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Collects what the lines of one notice say, refusing a date named twice, then builds the {@link ParsedNotice}. */
final class NoticeBuilder {

    /** The holidays of 《全国年节及纪念日放假办法》 on which all citizens have days off. */
    static final List<String> STATUTORY_HOLIDAYS = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");

    private record Draft(LocalDate date, DayKind kind, String holidayName, int lineNumber) {
    }

    private int year;
    private String title;
    private String documentNumber;
    private boolean amendment;
    private final Map<LocalDate, Draft> days = new LinkedHashMap<>();
    private final List<HolidayExtension> extensions = new ArrayList<>();
    private final Set<String> holidaysNamed = new LinkedHashSet<>();
    private final List<NoticeRemark> problems = new ArrayList<>();
    private final List<NoticeRemark> notes = new ArrayList<>();

    NoticeBuilder(int fallbackYear) {
        this.year = fallbackYear;
    }

    int year() {
        return year;
    }

    boolean isAmendment() {
        return amendment;
    }

    boolean hasTitle() {
        return title != null;
    }

    boolean isEmpty() {
        return days.isEmpty() && extensions.isEmpty() && problems.isEmpty();
    }

    void title(String text, int noticeYear) {
        this.title = text;
        this.year = noticeYear;
        this.amendment = text.contains("调整") || text.contains("延长");
    }

    void documentNumber(String text) {
        if (documentNumber == null) {
            documentNumber = text;
        }
    }

    /** The holiday a line belongs to: its own 「春节：」, else the one holiday an amendment's title names. */
    String holidayOf(String lineName) {
        if (lineName != null) {
            holidaysNamed.add(lineName);
            return lineName;
        }
        if (amendment) {
            List<String> inTitle = STATUTORY_HOLIDAYS.stream().filter(title::contains).collect(Collectors.toList());
            if (inTitle.size() == 1) {
                holidaysNamed.add(inTitle.get(0));
                return inTitle.get(0);
            }
        }
        return null;
    }

    void addDay(LocalDate date, DayKind kind, String holidayName, int lineNumber, String lineText) {
        Draft earlier = days.get(date);
        if (earlier != null) {
            String day = ChineseDates.monthDay(date, year);
            problem(lineNumber, lineText, earlier.kind() == kind
                    ? day + "已在第 " + earlier.lineNumber() + " 行出现。"
                    : day + "在第 " + earlier.lineNumber() + " 行是" + label(earlier.kind()) + "，这里又是" + label(kind) + "。");
            return;
        }
        days.put(date, new Draft(date, kind, holidayName, lineNumber));
    }

    void addExtension(HolidayExtension extension) {
        extensions.add(extension);
    }

    void problem(int lineNumber, String lineText, String reason) {
        problems.add(new NoticeRemark(lineNumber, lineText, reason));
    }

    void note(int lineNumber, String lineText, String reason) {
        notes.add(new NoticeRemark(lineNumber, lineText, reason));
    }

    ParsedNotice build() {
        boolean titleFound = title != null;
        String fullTitle = titleFound
                ? (documentNumber == null ? title : title + " " + documentNumber)
                : "粘贴的" + year + "年节假日安排（未含通知标题）";
        if (!titleFound) {
            notes.add(0, new NoticeRemark(0, "", "没有找到通知标题（如“国务院办公厅关于" + year + "年部分节假日安排的通知”），按 "
                    + year + " 年读取。建议连同标题和文号一起粘贴，以便记录依据。"));
        }
        if (days.isEmpty() && extensions.isEmpty() && problems.isEmpty()) {
            problems.add(new NoticeRemark(0, "", "没有找到放假安排：通知中应有“一、元旦：1月1日放假……”这样的编号行。"));
        }
        if (!amendment && !days.isEmpty()) {
            noteMissingHolidays();
        }
        List<CalendarDay> result = days.values().stream()
                .map(d -> new CalendarDay(d.date(), d.kind(), d.holidayName(), fullTitle))
                .collect(Collectors.toList());
        return new ParsedNotice(year, fullTitle, titleFound, amendment, result, extensions, problems, notes);
    }

    private void noteMissingHolidays() {
        List<String> missing = STATUTORY_HOLIDAYS.stream()
                .filter(h -> holidaysNamed.stream().noneMatch(named -> named.contains(h)))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            notes.add(new NoticeRemark(0, "", "没有找到" + String.join("、", missing) + "的安排：保存后 " + year
                    + " 年只有上面这些放假和调休日期。通常一份通知包含全部七个节日。"));
        }
    }

    private static String label(DayKind kind) {
        return kind == DayKind.HOLIDAY ? "放假" : "上班";
    }
}
