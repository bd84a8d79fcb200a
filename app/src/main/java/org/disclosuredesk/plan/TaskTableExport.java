// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 任务分工表 of a plan as rows: a heading is a section row, a task a numbered row with
 * 序号, 工作任务, 牵头单位, 责任单位, 完成时限, 完成情况 (units as the plan wrote them).
 */
public record TaskTableExport(String title, List<Row> rows) {

    public static final List<String> COLUMNS = List.of("序号", "工作任务", "牵头单位", "责任单位", "完成时限", "完成情况");

    /** One row; a section row has only {@code task} (the heading with its label). */
    public record Row(boolean section, String number, String task, String lead, String responsible, String deadline, String status) {

        public List<String> cells() {
            return List.of(number, task, lead, responsible, deadline, status);
        }
    }

    public TaskTableExport {
        rows = List.copyOf(rows);
    }

    static TaskTableExport of(String title, List<TrackedTask> items) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (TrackedTask t : items) {
            if (t.heading()) {
                rows.add(new Row(true, "", t.label() + "　" + t.text().split("\n", 2)[0], "", "", "", ""));
                continue;
            }
            n++;
            rows.add(new Row(false, String.valueOf(n), t.text(), names(t, UnitRole.LEAD), names(t, UnitRole.RESPONSIBLE),
                    deadline(t), status(t)));
        }
        return new TaskTableExport(title, rows);
    }

    private static String names(TrackedTask t, UnitRole role) {
        return t.unitsIn(role).stream().map(TaskUnit::nameWritten).collect(Collectors.joining("、"));
    }

    private static String deadline(TrackedTask t) {
        if (t.deadlinePhrase() != null && !t.deadlinePhrase().isBlank()) {
            return t.deadlinePhrase();
        }
        return t.dueDate() == null ? "" : t.dueDate().toString();
    }

    /** 已完成 with its date on a line of its own, so a narrow column never breaks the date. */
    private static String status(TrackedTask t) {
        return t.status() == TaskStatus.DONE && t.completedOn() != null
                ? t.status().label() + "\n" + t.completedOn() : t.status().label();
    }
}
