// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.disclosuredesk.calendar.CalendarSource;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.settings.SettingsService;

/** The 概览 figures: open requests, due within the reminder window, overdue; tasks; documents. */
public final class OverviewService {

    private static final int LIST_LIMIT = 50;

    private final OverviewRepository repository;
    private final CalendarSource calendar;
    private final SettingsService settings;
    private final Clock clock;
    private final IntUnaryOperator lateReplies;

    /** {@code lateReplies}: the request log's count of 「逾期办结」 decided in a year (the report's number too). */
    public OverviewService(OverviewRepository repository, CalendarSource calendar, SettingsService settings, Clock clock,
            IntUnaryOperator lateReplies) {
        this.lateReplies = lateReplies;
        this.repository = repository;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** A due date in a year whose holiday notice is missing was counted with weekends only: 「日历未更新」. */
    private List<OverviewFigures.DueItem> markProvisional(List<OverviewFigures.DueItem> items) {
        WorkCalendar current = calendar.current();
        return items.stream().map(i -> current.covers(i.dueOn().getYear()) ? i
                : new OverviewFigures.DueItem(i.id(), i.reference(), i.title(), i.dueOn(), i.overdue(), true)).toList();
    }

    public OverviewFigures figures() {
        LocalDate today = LocalDate.now(clock);
        // "Due this week" follows the office's 即将到期 setting, counted in working days like the clock itself.
        LocalDate dueSoonEnd = calendar.current().addWorkingDays(today, settings.current().dueSoonWorkingDays());
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        return new OverviewFigures(
                today,
                repository.openRequests(),
                repository.openRequestsDueBetween(today, dueSoonEnd),
                repository.overdueRequests(today),
                repository.openTasksDueBetween(monthStart, monthEnd),
                repository.overdueTasks(today),
                repository.documentsWrittenIn(today.getYear()),
                markProvisional(repository.openRequestsDueBy(dueSoonEnd, today, LIST_LIMIT)),
                repository.openTasksDueBy(today.plusDays(30), today, LIST_LIMIT),
                lateReplies.applyAsInt(today.getYear()));
    }
}
