// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tracking views over stored tasks: by unit, by due month, overdue and due within 30 days, and
 * completion per unit. Headings are left out; a task counts once for each unit named for it.
 */
public final class PlanTracking {

    /** Tasks of one unit (the directory's name when linked, else as written) and their completion. */
    public record UnitGroup(String unit, List<TrackedTask> tasks, Completion completion) {
    }

    /** Tasks due in one month; {@code month} is null for tasks without a date. */
    public record MonthGroup(YearMonth month, List<TrackedTask> tasks) {
    }

    public static final int DUE_SOON_DAYS = 30;

    private PlanTracking() {
    }

    public static List<TrackedTask> tasksOnly(List<TrackedTask> items) {
        return items.stream().filter(t -> !t.heading()).toList();
    }

    public static List<UnitGroup> byUnit(List<TrackedTask> items) {
        Map<String, List<TrackedTask>> groups = new TreeMap<>();
        for (TrackedTask t : tasksOnly(items)) {
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (TaskUnit u : t.units()) {
                if (seen.put(u.countedName(), true) == null) {
                    groups.computeIfAbsent(u.countedName(), k -> new ArrayList<>()).add(t);
                }
            }
            if (t.units().isEmpty()) {
                groups.computeIfAbsent("（未写明单位）", k -> new ArrayList<>()).add(t);
            }
        }
        List<UnitGroup> out = new ArrayList<>();
        groups.forEach((unit, tasks) -> out.add(new UnitGroup(unit, tasks, Completion.of(tasks))));
        return out;
    }

    public static List<MonthGroup> byDueMonth(List<TrackedTask> items) {
        Map<YearMonth, List<TrackedTask>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (TrackedTask t : tasksOnly(items)) {
            groups.computeIfAbsent(t.dueDate() == null ? null : YearMonth.from(t.dueDate()), k -> new ArrayList<>()).add(t);
        }
        List<MonthGroup> out = new ArrayList<>();
        groups.forEach((month, tasks) -> out.add(new MonthGroup(month, tasks)));
        return out;
    }

    public static List<TrackedTask> overdue(List<TrackedTask> items, LocalDate today) {
        return items.stream().filter(t -> t.isOverdue(today)).sorted(Comparator.comparing(TrackedTask::dueDate)).toList();
    }

    public static List<TrackedTask> dueSoon(List<TrackedTask> items, LocalDate today) {
        return items.stream().filter(t -> t.isDueWithin(today, DUE_SOON_DAYS)).sorted(Comparator.comparing(TrackedTask::dueDate)).toList();
    }
}
