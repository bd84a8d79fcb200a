// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.util.List;

/**
 * What one pasted notice says, before it is checked against the stored year. An amendment (a notice
 * titled 调整… or 延长…, as in 2019 and 2020) changes only the holidays it names; a full notice
 * replaces the year.
 */
public record ParsedNotice(
        int year,
        String title,
        boolean titleFound,
        boolean amendment,
        List<CalendarDay> days,
        List<HolidayExtension> extensions,
        List<NoticeRemark> problems,
        List<NoticeRemark> notes) {

    public ParsedNotice {
        days = List.copyOf(days);
        extensions = List.copyOf(extensions);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }
}
