// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Dates and weekdays written the way the notices and the office write them: 2月4日, 星期日. */
public final class ChineseDates {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private ChineseDates() {
    }

    public static String weekday(DayOfWeek day) {
        return WEEKDAYS[day.getValue() - 1];
    }

    /** 2月4日 within {@code contextYear}, 2018年12月29日 outside it. */
    public static String monthDay(LocalDate date, int contextYear) {
        String md = date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        return date.getYear() == contextYear ? md : date.getYear() + "年" + md;
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
