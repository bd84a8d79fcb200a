// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import org.disclosuredesk.calendar.WorkCalendar;

/** Where a request stands today; 即将到期 is within the office's reminder window in working days. */
// [impl->req~status~1]
public enum RequestStatus {
    IN_PROGRESS("办理中"),
    DUE_SOON("即将到期"),
    OVERDUE("已逾期"),
    CLOSED("已办结"),
    CLOSED_LATE("逾期办结"),
    /** Imported with a result but no 答复日期: neither open nor countable as closed until the date is recorded. */
    DATE_NOT_RECORDED("答复日期未记录");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == IN_PROGRESS || this == DUE_SOON || this == OVERDUE;
    }

    public static RequestStatus of(Deadline deadline, LocalDate decidedOn, LocalDate today, int dueSoonWorkingDays,
            WorkCalendar calendar) {
        LocalDate due = deadline.dueOn();
        if (decidedOn != null) {
            return ofDecided(due, decidedOn);
        }
        if (due == null) {
            return IN_PROGRESS;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return calendar.workingDaysBetween(today, due) <= dueSoonWorkingDays ? DUE_SOON : IN_PROGRESS;
    }

    /** A decided request is 逾期办结 when decided after the due date it had at the decision (kept, never nulled). */
    // [impl->req~clock.late-replies~1]
    public static RequestStatus ofDecided(LocalDate keptDueOn, LocalDate decidedOn) {
        return keptDueOn != null && decidedOn.isAfter(keptDueOn) ? CLOSED_LATE : CLOSED;
    }

    public static java.util.Optional<RequestStatus> fromLabel(String text) {
        return java.util.Arrays.stream(values()).filter(s -> s.label.equals(text)).findFirst();
    }
}
