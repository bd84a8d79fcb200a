// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored item of a plan (a heading, or a task being tracked) with its units and targets.
 * {@code deadlinePhrase} holds the plan's time limits as written, several joined by "；".
 */
public record TrackedTask(
        long id,
        long planId,
        String planTitle,
        int planYear,
        Long parentId,
        int seq,
        List<String> path,
        String text,
        boolean heading,
        String deadlinePhrase,
        LocalDate dueDate,
        DeadlineKind deadlineKind,
        Recurrence recurrence,
        TaskStatus status,
        LocalDate completedOn,
        List<TaskUnit> units,
        List<Target> targets) {

    public TrackedTask {
        path = List.copyOf(path);
        units = List.copyOf(units);
        targets = List.copyOf(targets);
    }

    public List<TaskUnit> unitsIn(UnitRole role) {
        return units.stream().filter(u -> u.role() == role).toList();
    }

    public String label() {
        return String.join(" ", path);
    }

    /** Open and past its due date on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return !heading && status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    /** Open and due between today and {@code days} days from today, both included. */
    public boolean isDueWithin(LocalDate today, int days) {
        return !heading && status.isOpen() && dueDate != null && !dueDate.isBefore(today) && !dueDate.isAfter(today.plusDays(days));
    }

    /** The task's first sentence, short enough for a list or a summary. */
    public String shortTitle() {
        String first = text.split("\n", 2)[0];
        int stop = first.indexOf('。');
        String s = stop > 0 ? first.substring(0, stop) : first;
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
