// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What saving a pasted notice would store: the year's days (and days of a neighbouring year the
 * notice names, such as 2022-12-31 in the 2023 notice), with every problem and note found on the way.
 * It can be saved only without problems: bad lines are shown, never guessed.
 */
public record CalendarPreview(
        int year,
        String noticeTitle,
        List<CalendarDay> days,
        List<NoticeRemark> problems,
        List<NoticeRemark> notes) {

    public CalendarPreview {
        days = List.copyOf(days);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean canSave() {
        return problems.isEmpty() && !daysIn(year).isEmpty();
    }

    public List<CalendarDay> daysIn(int y) {
        return days.stream().filter(d -> d.year() == y).collect(Collectors.toList());
    }

    public CalendarPreview withNote(String reason) {
        List<NoticeRemark> more = new ArrayList<>(notes);
        more.add(new NoticeRemark(0, "", reason));
        return new CalendarPreview(year, noticeTitle, days, problems, more);
    }
}
