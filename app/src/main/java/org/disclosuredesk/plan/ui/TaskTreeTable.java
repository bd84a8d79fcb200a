// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.disclosuredesk.plan.TaskStatus;
import org.disclosuredesk.plan.TaskUnit;
import org.disclosuredesk.plan.TrackedTask;
import org.disclosuredesk.plan.UnitRole;
import org.disclosuredesk.ui.kit.Texts;

/**
 * The tracking trees (by plan, by unit, by due month) share one table: 编号, 任务, 牵头单位, 责任单位,
 * 完成时限, 状态. Group rows show their name and figure; overdue tasks are marked.
 */
final class TaskTreeTable {

    private TaskTreeTable() {
    }

    /**
     * {@code nested}: the plan tree, where indentation shows the levels and a row shows only its own
     * label; grouped views show each task's full label.
     */
    static TreeTableView<TrackingRow> create(boolean nested, Supplier<LocalDate> today, Consumer<TrackedTask> onSelect) {
        TreeTableView<TrackingRow> table = new TreeTableView<>();
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add("plan-tree");
        table.setPlaceholder(new Label(Texts.get("plan.track.empty")));
        TreeTableColumn<TrackingRow, String> number = column(Texts.get("plan.col.number"), nested ? 120 : 130,
                r -> r.isGroup() ? "" : nested ? last(r.task()) : r.task().label());
        number.setMinWidth(nested ? 100 : 110);
        table.getColumns().add(number);
        table.setTreeColumn(number);
        TreeTableColumn<TrackingRow, String> task = column(Texts.get("plan.col.task"), 300,
                r -> r.isGroup() ? r.group() : r.task().heading() ? r.task().text() : r.task().shortTitle());
        table.getColumns().add(task);
        TreeTableColumn<TrackingRow, String> lead = column(Texts.get("plan.col.lead"), 90, r -> units(r, UnitRole.LEAD));
        lead.setMinWidth(84);
        table.getColumns().add(lead);
        TreeTableColumn<TrackingRow, String> responsible = column(Texts.get("plan.col.responsible"), 110, r -> units(r, UnitRole.RESPONSIBLE));
        responsible.setMinWidth(96);
        table.getColumns().add(responsible);
        TreeTableColumn<TrackingRow, String> deadline = column(Texts.get("plan.col.deadline"), 96, TaskTreeTable::deadline);
        deadline.setMinWidth(92);
        table.getColumns().add(deadline);
        // A group's figure (a unit's 1/7（14%）, a month's task count) stands in the 完成情况 column: after the
        // name in the task column it was cut off, and it is what the unit view is for.
        TreeTableColumn<TrackingRow, String> status = column(Texts.get("plan.col.status"), 96,
                r -> r.isGroup() ? r.figure() : r.task().heading() ? "" : r.task().status().label());
        status.setCellFactory(c -> new StatusCell(today));
        status.setMinWidth(96);
        status.setId("plan-col-status");
        table.getColumns().add(status);
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(TrackingRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("plan-group-row", "plan-heading-row");
                if (!empty && item != null && (item.isGroup() || item.task().heading())) {
                    getStyleClass().add(item.isGroup() ? "plan-group-row" : "plan-heading-row");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != null && !item.getValue().isGroup()) {
                onSelect.accept(item.getValue().task());
            }
        });
        return table;
    }

    private static TreeTableColumn<TrackingRow, String> column(String title, double width, Function<TrackingRow, String> value) {
        TreeTableColumn<TrackingRow, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        return c;
    }

    private static String last(TrackedTask t) {
        return t.path().isEmpty() ? "" : t.path().get(t.path().size() - 1);
    }

    private static String units(TrackingRow r, UnitRole role) {
        if (r.isGroup() || r.task().heading()) {
            return "";
        }
        return String.join("、", r.task().unitsIn(role).stream().map(TaskUnit::nameWritten).toList());
    }

    private static String deadline(TrackingRow r) {
        if (r.isGroup() || r.task().heading()) {
            return "";
        }
        TrackedTask t = r.task();
        if (t.dueDate() != null) {
            return t.dueDate().toString();
        }
        return t.deadlinePhrase() == null ? "" : t.deadlinePhrase();
    }

    /** The status, as a badge coloured by what needs attention. */
    private static final class StatusCell extends TreeTableCell<TrackingRow, String> {
        private final Supplier<LocalDate> today;

        StatusCell(Supplier<LocalDate> today) {
            this.today = today;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            TrackingRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || value == null || value.isEmpty() || row == null) {
                setGraphic(null);
                return;
            }
            if (row.isGroup()) {
                setText(value);
                setGraphic(null);
                return;
            }
            TrackedTask t = row.task();
            boolean late = t.isOverdue(today.get());
            Label badge = new Label(late ? Texts.get("plan.track.overdueBadge") : value);
            badge.getStyleClass().addAll("badge", late ? "danger" : t.status() == TaskStatus.DONE ? "ok"
                    : t.status() == TaskStatus.IN_PROGRESS ? "warning" : "neutral");
            setGraphic(badge);
        }
    }
}
