// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.overview;

import java.time.LocalDate;
import java.util.List;

/** What the 概览 screen shows: the office's day at a glance, all counted from the database. */
public record OverviewFigures(
        LocalDate today,
        int openRequests,
        int requestsDueThisWeek,
        int overdueRequests,
        int tasksDueThisMonth,
        int overdueTasks,
        int documentsThisYear,
        List<DueItem> dueRequests,
        List<DueItem> dueTasks,
        int lateRepliesThisYear) {

    /** One line of a "due soon / overdue" list. */
    /** {@code provisional}: a request's due date in a year without its holiday notice (「日历未更新」). */
    public record DueItem(long id, String reference, String title, LocalDate dueOn, boolean overdue, boolean provisional) {

        public DueItem(long id, String reference, String title, LocalDate dueOn, boolean overdue) {
            this(id, reference, title, dueOn, overdue, false);
        }
    }
}
