// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.plan.Completion;
import org.disclosuredesk.plan.PlanService;
import org.disclosuredesk.plan.PlanSummary;
import org.disclosuredesk.plan.PlanTracking;
import org.disclosuredesk.plan.ProgressNote;
import org.disclosuredesk.plan.TaskStatus;
import org.disclosuredesk.plan.TrackedTask;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.DateInput;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.ui.kit.Texts;

/**
 * Tracking a plan: its tasks by plan tree, by unit and by due month; overdue and due-within-30-days
 * lists; completion per plan and per unit; and for the selected task its status, completion date
 * and progress notes.
 */
public final class PlanTrackingViewModel {

    private final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> plan = new SimpleObjectProperty<>();
    private final ObservableList<TrackedTask> items = FXCollections.observableArrayList();
    private final ObservableList<PlanTracking.UnitGroup> unitGroups = FXCollections.observableArrayList();
    private final ObservableList<PlanTracking.MonthGroup> monthGroups = FXCollections.observableArrayList();
    private final ObservableList<TrackedTask> overdue = FXCollections.observableArrayList();
    private final ObservableList<TrackedTask> dueSoon = FXCollections.observableArrayList();
    private final ObjectProperty<TrackedTask> task = new SimpleObjectProperty<>();
    private final ObservableList<ProgressNote> notes = FXCollections.observableArrayList();
    private final StringProperty completion = new SimpleStringProperty("");
    private final DoubleProperty completionFraction = new SimpleDoubleProperty();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>();
    private final StringProperty completedOn = new SimpleStringProperty("");
    private final StringProperty completedOnError = new SimpleStringProperty("");
    private final StringProperty noteDate = new SimpleStringProperty("");
    private final StringProperty noteText = new SimpleStringProperty("");
    private final StringProperty noteError = new SimpleStringProperty("");
    private final ObjectProperty<Path> evidence = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** The selected task's status form and the progress note being written: Esc asks before throwing them away. */
    private final org.disclosuredesk.ui.kit.FormChanges changes = new org.disclosuredesk.ui.kit.FormChanges(
            List.of(status, completedOn, noteDate, noteText, evidence));

    private final PlanService service;
    private final TaskExecutor executor;

    public PlanTrackingViewModel(PlanService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        plan.addListener((obs, old, p) -> {
            if (p != null && (old == null || old.id() != p.id())) {
                loadPlan(p.id(), null);
            }
        });
        task.addListener((obs, old, t) -> showTask(t));
    }

    public ObservableList<PlanSummary> plans() { return plans; }
    public ObjectProperty<PlanSummary> planProperty() { return plan; }
    public ObservableList<TrackedTask> items() { return items; }
    public ObservableList<PlanTracking.UnitGroup> unitGroups() { return unitGroups; }
    public ObservableList<PlanTracking.MonthGroup> monthGroups() { return monthGroups; }
    public ObservableList<TrackedTask> overdue() { return overdue; }
    public ObservableList<TrackedTask> dueSoon() { return dueSoon; }
    public ObjectProperty<TrackedTask> taskProperty() { return task; }
    public ObservableList<ProgressNote> notes() { return notes; }
    public ReadOnlyStringProperty completionProperty() { return completion; }
    public ReadOnlyDoubleProperty completionFractionProperty() { return completionFraction; }
    public ObjectProperty<LocalDate> todayProperty() { return today; }
    public ObjectProperty<TaskStatus> statusProperty() { return status; }
    public StringProperty completedOnProperty() { return completedOn; }
    public ReadOnlyStringProperty completedOnErrorProperty() { return completedOnError; }
    public StringProperty noteDateProperty() { return noteDate; }
    public StringProperty noteTextProperty() { return noteText; }
    public ReadOnlyStringProperty noteErrorProperty() { return noteError; }
    public ObjectProperty<Path> evidenceProperty() { return evidence; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    /** Reloads the plan list and the chosen plan ({@code selectPlanId} when given, e.g. a plan just imported). */
    public void refresh(Long selectPlanId) {
        executor.execute(BackgroundTask.wrap(() -> new Loaded(service.plans(), service.today()))
                .onRunning(() -> busy.set(true))
                .onSuccess(l -> {
                    today.set(l.today());
                    Long keep = selectPlanId != null ? selectPlanId : plan.get() == null ? null : plan.get().id();
                    plans.setAll(l.plans());
                    PlanSummary chosen = l.plans().stream().filter(p -> keep != null && p.id() == keep).findFirst()
                            .orElse(l.plans().isEmpty() ? null : l.plans().get(0));
                    if (chosen != null && plan.get() != null && plan.get().id() == chosen.id()) {
                        plan.set(chosen);
                        loadPlan(chosen.id(), task.get() == null ? null : task.get().id());
                    } else {
                        plan.set(chosen);
                    }
                    if (chosen == null) {
                        setItems(List.of());
                    }
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private record Loaded(List<PlanSummary> plans, LocalDate today) {
    }

    private void loadPlan(long planId, Long keepTask) {
        executor.execute(BackgroundTask.wrap(() -> service.items(planId))
                .onRunning(() -> busy.set(true))
                .onSuccess(list -> {
                    setItems(list);
                    TrackedTask again = keepTask == null ? null
                            : list.stream().filter(t -> t.id() == keepTask).findFirst().orElse(null);
                    task.set(again != null ? again : list.stream().filter(t -> !t.heading()).findFirst().orElse(null));
                    message.set("");
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** The groups and lists first, then the items: views rebuild when the items change. */
    private void setItems(List<TrackedTask> list) {
        LocalDate d = today.get() == null ? service.today() : today.get();
        unitGroups.setAll(PlanTracking.byUnit(list));
        monthGroups.setAll(PlanTracking.byDueMonth(list));
        overdue.setAll(PlanTracking.overdue(list, d));
        dueSoon.setAll(PlanTracking.dueSoon(list, d));
        Completion c = Completion.of(list);
        completion.set(list.isEmpty() ? "" : Texts.get("plan.track.completion", c.done(), c.applicable(), c.percent()));
        completionFraction.set(c.applicable() == 0 ? 0 : (double) c.done() / c.applicable());
        items.setAll(list);
    }

    private void showTask(TrackedTask t) {
        completedOnError.set("");
        noteError.set("");
        if (t == null) {
            notes.clear();
            status.set(null);
            changes.markUnchanged();
            return;
        }
        status.set(t.status());
        completedOn.set(t.completedOn() == null ? "" : t.completedOn().toString());
        noteDate.set((today.get() == null ? service.today() : today.get()).toString());
        changes.markUnchanged();
        executor.execute(BackgroundTask.wrap(() -> service.progress(t.id()))
                .onSuccess(list -> {
                    if (task.get() != null && task.get().id() == t.id()) {
                        notes.setAll(list);
                    }
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    /** True when the status form or the note being written holds typing that is not saved. */
    public boolean hasChanges() {
        return changes.any();
    }

    /** Esc, confirmed: the task's stored status again, and no half-written note. */
    public void discardChanges() {
        noteText.set("");
        evidence.set(null);
        showTask(task.get());
    }

    /** Stores the status chosen for the selected task (已完成 with its date: today when left blank). */
    public void saveStatus() {
        TrackedTask t = task.get();
        if (t == null || t.heading() || status.get() == null) {
            return;
        }
        LocalDate date;
        try {
            date = status.get() == TaskStatus.DONE
                    ? DateInput.parseOptional(completedOn.get(), Texts.get("plan.track.completedOn")).orElse(null) : null;
            completedOnError.set("");
        } catch (UserError e) {
            completedOnError.set(e.getMessage());
            return;
        }
        TaskStatus chosen = status.get();
        executor.executeWrite(BackgroundTask.wrap(() -> service.changeStatus(t.id(), chosen, date))
                .onRunning(() -> busy.set(true))
                .onSuccess(updated -> {
                    message.set(Texts.get("plan.track.statusSaved", updated.label(), updated.status().label()));
                    reloadAfterChange(updated.id());
                })
                .onFailure(e -> {
                    if (e instanceof ValidationError v && !v.problems().isEmpty()) {
                        completedOnError.set(v.problems().get(0).message());
                    }
                    message.set(UserMessages.of(e));
                })
                .onFinished(() -> busy.set(false)));
    }

    /** Adds a progress note (date, what was done, an optional evidence file) to the selected task. */
    public void addNote() {
        TrackedTask t = task.get();
        if (t == null || t.heading()) {
            return;
        }
        LocalDate date;
        try {
            date = DateInput.parse(noteDate.get(), Texts.get("plan.track.noteDate"));
        } catch (UserError e) {
            noteError.set(e.getMessage());
            return;
        }
        if (noteText.get() == null || noteText.get().isBlank()) {
            noteError.set(Texts.get("plan.track.noteRequired"));
            return;
        }
        String text = noteText.get();
        Path file = evidence.get();
        executor.executeWrite(BackgroundTask.wrap(() -> service.addProgress(t.id(), date, text, file))
                .onRunning(() -> busy.set(true))
                .onSuccess(n -> {
                    noteText.set("");
                    evidence.set(null);
                    changes.markUnchanged();
                    noteError.set("");
                    message.set(Texts.get("plan.track.noteAdded"));
                    showTask(task.get());
                })
                .onFailure(e -> noteError.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** Where a note's evidence copy is, for copying its path. */
    public Path evidencePath(ProgressNote note) {
        return service.evidenceFile(note);
    }

    public void exportXlsx(Path file) {
        export(file, id -> service.exportTaskTableXlsx(id, file));
    }

    public void exportPdf(Path file) {
        export(file, id -> service.exportTaskTablePdf(id, file));
    }

    /** The preview of the chosen plan's 任务分工表 as its PDF export prints it; empty when no plan is chosen. */
    public java.util.Optional<org.disclosuredesk.ui.kit.print.PrintPreviewViewModel> printPreview(
            org.disclosuredesk.ui.kit.print.PagePrinter printer) {
        PlanSummary p = plan.get();
        if (p == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new org.disclosuredesk.ui.kit.print.PrintPreviewViewModel(
                () -> service.taskTablePdf(p.id()), Texts.get("print.planTitle"), executor, printer));
    }

    private void export(Path file, java.util.function.LongConsumer work) {
        PlanSummary p = plan.get();
        if (p == null) {
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> work.accept(p.id()))
                .onRunning(() -> {
                    busy.set(true);
                    message.set(Texts.get("plan.track.exporting"));
                })
                .onSuccess(v -> message.set(Texts.get("plan.track.exported", file)))
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private void reloadAfterChange(long taskId) {
        PlanSummary p = plan.get();
        executor.execute(BackgroundTask.wrap(() -> new Reloaded(service.plans(), service.items(p.id())))
                .onSuccess(r -> {
                    plans.setAll(r.plans());
                    r.plans().stream().filter(x -> x.id() == p.id()).findFirst().ifPresent(plan::set);
                    setItems(r.items());
                    r.items().stream().filter(t -> t.id() == taskId).findFirst().ifPresent(task::set);
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    private record Reloaded(List<PlanSummary> plans, List<TrackedTask> items) {
    }
}
