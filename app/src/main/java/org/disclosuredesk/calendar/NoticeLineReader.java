// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sentences of one numbered holiday line, e.g. {@code 2月10日至17日放假调休,共8天。2月4日(星期日)、
 * 2月18日(星期日)上班。}. Each sentence must be one of the notices' fixed forms; anything else that names
 * a date is reported, never guessed. Checks what the notice itself states: the weekday in brackets,
 * the 共N天 count, and that a 上班 day is a Saturday or Sunday.
 */
// [impl->req~calendar.notice-parse~1]
final class NoticeLineReader {

    private static final Pattern EXTEND = Pattern.compile("^延长(?:\\d{4}年)?(.+?)假期至(.+)$");
    private static final Pattern BACK_TO_WORK = Pattern.compile("^,?(.+)起正常上班$");
    private static final Pattern LEADING_COUNT = Pattern.compile("^(\\d+)天");
    private static final Pattern TOTAL = Pattern.compile("^共(\\d+)天$");
    private static final String RANGE_SEPARATORS = "至到-~—–〜";
    private static final String LIST_SEPARATORS = "、和及,";
    private static final int LONGEST_BLOCK_DAYS = 31;

    private final NoticeBuilder notice;
    private final int lineNumber;
    private final String lineText;
    private final String holidayName;

    NoticeLineReader(NoticeBuilder notice, int lineNumber, String lineText, String holidayName) {
        this.notice = notice;
        this.lineNumber = lineNumber;
        this.lineText = lineText;
        this.holidayName = holidayName;
    }

    void read(String body) {
        for (String sentence : body.split("[。;]")) {
            if (!sentence.isEmpty()) {
                readSentence(sentence);
            }
        }
    }

    private void readSentence(String s) {
        Matcher extend = EXTEND.matcher(s);
        if (extend.matches()) {
            readExtension(extend.group(1), extend.group(2));
        } else if (s.contains("放假")) {
            readHoliday(s.substring(0, s.indexOf("放假")), s.substring(s.indexOf("放假") + 2));
        } else if (s.endsWith("补休")) {
            readDates(s.substring(0, s.length() - 2), false).ifPresent(days -> days.forEach(this::holiday));
        } else if (s.endsWith("上班") && !s.endsWith("起正常上班")) {
            readWorkdays(s.substring(0, s.length() - 2));
        } else if (!WrittenDate.containsDate(s)) {
            return; // prose without a date: nothing to read
        } else if (s.contains("鼓励") || s.endsWith("起正常上班")) {
            note("“" + s + "”是倡议或说明，不是放假或上班安排，未读取。");
        } else {
            problem("无法识别“" + s + "”：一句话应写成“…放假…”或“…上班”。");
        }
    }

    private void readHoliday(String dates, String rest) {
        Optional<List<LocalDate>> days = readDates(dates, true);
        if (days.isEmpty()) {
            return;
        }
        String tail = rest.startsWith("调休") ? rest.substring(2) : rest;
        Integer stated = null;
        Matcher leading = LEADING_COUNT.matcher(tail);
        if (leading.find()) {
            stated = Integer.valueOf(leading.group(1));
            tail = tail.substring(leading.end());
        }
        List<LocalDate> extra = new ArrayList<>();
        for (String clause : tail.split(",")) {
            Matcher total = TOTAL.matcher(clause);
            if (total.matches()) {
                stated = Integer.valueOf(total.group(1));
            } else if (clause.endsWith("补休") && WrittenDate.containsDate(clause)) {
                readDates(clause.substring(0, clause.length() - 2), false).ifPresent(extra::addAll);
            } else if (clause.chars().anyMatch(Character::isDigit)) {
                problem("无法识别“" + clause + "”。");
                return;
            }
        }
        if (stated != null && stated != days.get().size()) {
            problem("写的是共" + stated + "天，但" + span(days.get()) + "是" + days.get().size() + "天。");
            return;
        }
        days.get().forEach(this::holiday);
        extra.forEach(this::holiday);
    }

    private void readWorkdays(String dates) {
        Optional<List<LocalDate>> days = readDates(dates, false);
        if (days.isEmpty()) {
            return;
        }
        for (LocalDate day : days.get()) {
            if (!ChineseDates.isWeekend(day)) {
                problem(label(day) + "是" + ChineseDates.weekday(day.getDayOfWeek())
                        + "，本来就上班：调休上班的只能是星期六或星期日。");
                return;
            }
        }
        days.get().forEach(day -> notice.addDay(day, DayKind.WORKDAY, holidayName, lineNumber, lineText));
    }

    private void readExtension(String holiday, String rest) {
        List<WrittenDate> written = WrittenDate.findAll(rest);
        if (written.isEmpty() || written.get(0).start() != 0) {
            problem("没有写明延长到哪一天。");
            return;
        }
        Optional<LocalDate> until = resolve(written.get(0), null);
        String after = rest.substring(written.get(0).end());
        if (!after.isEmpty() && !BACK_TO_WORK.matcher(after).matches()) {
            problem("无法识别“" + after + "”。");
            return;
        }
        if (written.size() > 1) {
            resolve(written.get(1), written.get(0));
        }
        until.ifPresent(day -> notice.addExtension(new HolidayExtension(holiday, day, lineNumber, lineText)));
    }

    /** The dates before 放假/上班: one date, a range (至) or a list (、); empty after reporting a problem. */
    private Optional<List<LocalDate>> readDates(String text, boolean rangeAllowed) {
        List<WrittenDate> written = WrittenDate.findAll(text);
        if (written.isEmpty()) {
            problem("没有写明日期（应写成“2月10日至17日”或“2月4日(星期日)”）。");
            return Optional.empty();
        }
        if (written.get(0).start() != 0 || written.get(written.size() - 1).end() != text.length()) {
            problem("无法识别日期写法“" + text + "”。");
            return Optional.empty();
        }
        boolean range = false;
        for (int i = 1; i < written.size(); i++) {
            String separator = text.substring(written.get(i - 1).end(), written.get(i).start());
            if (separator.length() == 1 && RANGE_SEPARATORS.contains(separator) && rangeAllowed && written.size() == 2) {
                range = true;
            } else if (separator.length() != 1 || !LIST_SEPARATORS.contains(separator)) {
                problem("无法识别日期之间的“" + separator + "”。");
                return Optional.empty();
            }
        }
        return range ? readRange(written.get(0), written.get(1)) : readList(written);
    }

    private Optional<List<LocalDate>> readList(List<WrittenDate> written) {
        List<LocalDate> days = new ArrayList<>();
        WrittenDate previous = null;
        for (WrittenDate w : written) {
            Optional<LocalDate> day = resolve(w, previous);
            if (day.isEmpty()) {
                return Optional.empty();
            }
            days.add(day.get());
            previous = w;
        }
        return Optional.of(days);
    }

    private Optional<List<LocalDate>> readRange(WrittenDate from, WrittenDate to) {
        Optional<LocalDate> start = resolve(from, null);
        Optional<LocalDate> end = start.isEmpty() ? Optional.empty() : resolve(to, from);
        if (end.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = start.get();
        LocalDate last = end.get();
        if (last.isBefore(first)) {
            // 元旦 written without years, 12月31日至1月2日: the block starts in December of the year before.
            if (from.year() == null && to.year() == null) {
                first = first.minusYears(1);
            } else if (to.year() == null) {
                last = last.plusYears(1);
            } else {
                problem(label(last) + "早于" + label(first) + "。");
                return Optional.empty();
            }
        }
        long length = ChronoUnit.DAYS.between(first, last) + 1;
        if (length > LONGEST_BLOCK_DAYS) {
            problem(span(first, last) + "长达" + length + "天，不像一次放假安排，请检查日期。");
            return Optional.empty();
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return Optional.of(days);
    }

    /** The real date of {@code w}: month and year carried from the date before it in the same sentence. */
    private Optional<LocalDate> resolve(WrittenDate w, WrittenDate previous) {
        Integer month = w.month() != null ? w.month() : previous == null ? null : previous.month();
        if (month == null) {
            problem("“" + w.text() + "”没有写月份。");
            return Optional.empty();
        }
        int year = w.year() != null ? w.year() : previous != null && previous.year() != null ? previous.year() : notice.year();
        LocalDate date;
        try {
            date = LocalDate.of(year, month, w.day());
        } catch (DateTimeException e) {
            problem(year + "年" + month + "月" + w.day() + "日不存在。");
            return Optional.empty();
        }
        if (date.getYear() < notice.year() - 1 || date.getYear() > notice.year()) {
            problem(label(date) + "不在" + notice.year() + "年通知的范围内。");
            return Optional.empty();
        }
        Optional<java.time.DayOfWeek> named = w.namedWeekday();
        if (named.isPresent() && named.get() != date.getDayOfWeek()) {
            problem(label(date) + "是" + ChineseDates.weekday(date.getDayOfWeek()) + "，不是"
                    + ChineseDates.weekday(named.get()) + "。");
            return Optional.empty();
        }
        return Optional.of(date);
    }

    private void holiday(LocalDate day) {
        notice.addDay(day, DayKind.HOLIDAY, holidayName, lineNumber, lineText);
    }

    private String span(List<LocalDate> days) {
        return days.size() == 1 ? label(days.get(0)) : span(days.get(0), days.get(days.size() - 1));
    }

    private String span(LocalDate first, LocalDate last) {
        return label(first) + "至" + label(last);
    }

    private String label(LocalDate day) {
        return ChineseDates.monthDay(day, notice.year());
    }

    private void problem(String reason) {
        notice.problem(lineNumber, lineText, reason);
    }

    private void note(String reason) {
        notice.note(lineNumber, lineText, reason);
    }
}
