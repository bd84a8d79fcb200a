// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One numbered item of a plan in document order: a heading (a section whose items are the tasks) or
 * a task. {@code parent} is the index of the enclosing heading in the plan's item list, or -1.
 * {@code path} holds each numbering level's label as written without its trailing punctuation
 * ({@code 三}, {@code （一）}, {@code 2}, {@code 一是}); {@code text} is the item's own text without
 * its responsibility notes. {@code sourceStart}/{@code sourceEnd} locate it in the source text.
 */
public record PlanItem(
        int parent,
        List<String> path,
        boolean heading,
        String text,
        List<String> leadUnits,
        List<String> responsibleUnits,
        List<Deadline> deadlines,
        List<Target> targets,
        List<TaskPart> parts,
        int sourceStart,
        int sourceEnd,
        Set<Doubt> doubts) {

    /** An item with nothing guessed. */
    public PlanItem(int parent, List<String> path, boolean heading, String text, List<String> leadUnits,
            List<String> responsibleUnits, List<Deadline> deadlines, List<Target> targets, List<TaskPart> parts,
            int sourceStart, int sourceEnd) {
        this(parent, path, heading, text, leadUnits, responsibleUnits, deadlines, targets, parts, sourceStart, sourceEnd, Set.of());
    }

    public PlanItem {
        doubts = doubts.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(doubts));
        path = List.copyOf(path);
        leadUnits = List.copyOf(leadUnits);
        responsibleUnits = List.copyOf(responsibleUnits);
        deadlines = List.copyOf(deadlines);
        targets = List.copyOf(targets);
        parts = List.copyOf(parts);
    }

    /** The task's due date: the latest date its phrases give (a task is done when its last step is). */
    public LocalDate dueDate() {
        return dueDateOf(deadlines);
    }

    public DeadlineKind deadlineKind() {
        return kindOf(deadlines);
    }

    public Recurrence recurrence() {
        return deadlines.stream().map(Deadline::recurrence).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public static LocalDate dueDateOf(List<Deadline> deadlines) {
        LocalDate latestDate = deadlines.stream().filter(d -> d.kind() == DeadlineKind.DATE && d.date() != null)
                .map(Deadline::date).max(Comparator.naturalOrder()).orElse(null);
        if (latestDate != null) {
            return latestDate;
        }
        return deadlines.stream().filter(d -> d.date() != null).map(Deadline::date)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** DATE before RECURRING before RELATIVE before ONGOING: the most precise limit decides. */
    public static DeadlineKind kindOf(List<Deadline> deadlines) {
        for (DeadlineKind k : List.of(DeadlineKind.DATE, DeadlineKind.RECURRING, DeadlineKind.RELATIVE, DeadlineKind.ONGOING)) {
            if (deadlines.stream().anyMatch(d -> d.kind() == k)) {
                return k;
            }
        }
        return DeadlineKind.NONE;
    }
}
