// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a notice writes it, before its year is known: {@code 2018年12月29日(星期六)}, {@code 2月4日},
 * or just {@code 17日} at the end of a range. The text is already folded to half-width.
 */
record WrittenDate(Integer year, Integer month, int day, String remark, int start, int end, String text) {

    private static final Pattern DATE =
            Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:\\(([^)]*)\\))?");
    private static final Pattern WEEKDAY = Pattern.compile("(?:星期|周|礼拜)([一二三四五六日天])");

    static List<WrittenDate> findAll(String s) {
        List<WrittenDate> found = new ArrayList<>();
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            found.add(new WrittenDate(
                    m.group(1) == null ? null : Integer.valueOf(m.group(1)),
                    m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    m.group(4),
                    m.start(),
                    m.end(),
                    m.group()));
        }
        return found;
    }

    static boolean containsDate(String s) {
        return DATE.matcher(s).find();
    }

    /** The weekday named in the parenthesis, e.g. 星期日 in {@code 2月4日(星期日)} or 周二 in {@code (农历除夕、周二)}. */
    Optional<DayOfWeek> namedWeekday() {
        if (remark == null) {
            return Optional.empty();
        }
        Matcher m = WEEKDAY.matcher(remark);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(weekdayOf(m.group(1).charAt(0)));
    }

    private static DayOfWeek weekdayOf(char c) {
        switch (c) {
            case '一': return DayOfWeek.MONDAY;
            case '二': return DayOfWeek.TUESDAY;
            case '三': return DayOfWeek.WEDNESDAY;
            case '四': return DayOfWeek.THURSDAY;
            case '五': return DayOfWeek.FRIDAY;
            case '六': return DayOfWeek.SATURDAY;
            default: return DayOfWeek.SUNDAY;
        }
    }
}
