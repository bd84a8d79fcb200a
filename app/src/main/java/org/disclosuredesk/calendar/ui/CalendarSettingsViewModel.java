// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.calendar.CalendarPreview;
import org.disclosuredesk.calendar.CalendarService;
import org.disclosuredesk.calendar.DayKind;
import org.disclosuredesk.calendar.DueDateChange;
import org.disclosuredesk.calendar.NoticeRemark;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/**
 * 设置 → 工作日历: one year at a time as a grid, a day edited by choosing what it is, and a pasted
 * notice read into a preview that can be saved only when it has no problems. After a save, the due
 * dates the change moved are listed.
 */
public final class CalendarSettingsViewModel {

    private static final int FIRST_YEAR = 2019;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<YearGrid> grid = new SimpleObjectProperty<>();
    private final BooleanProperty covered = new SimpleBooleanProperty(true);
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty noticeText = new SimpleStringProperty("");
    private final StringProperty previewHeading = new SimpleStringProperty("");
    private final ObservableList<String> previewLines = FXCollections.observableArrayList();
    private final ObservableList<String> previewProblems = FXCollections.observableArrayList();
    private final ObservableList<String> previewNotes = FXCollections.observableArrayList();
    private final BooleanProperty canSave = new SimpleBooleanProperty();
    private final StringProperty saveText = new SimpleStringProperty(Texts.get("calendar.preview.saveNone"));
    private final StringProperty saveBlockedReason = new SimpleStringProperty(Texts.get("calendar.preview.blockedNone"));
    private final StringProperty movedHeading = new SimpleStringProperty("");
    private final ObservableList<String> movedDueDates = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final CalendarService service;
    private final TaskExecutor executor;
    private final Clock clock;
    private CalendarPreview preview;

    public CalendarSettingsViewModel(CalendarService service, TaskExecutor executor, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.clock = clock;
        year.addListener((observable, old, y) -> {
            if (y != null) {
                loadYear(y);
            }
        });
    }

    /** The year on screen; choosing another one shows it. */
    public ObjectProperty<Integer> yearProperty() { return year; }
    public ObservableList<Integer> years() { return years; }
    public ReadOnlyObjectProperty<YearGrid> gridProperty() { return grid; }
    public ReadOnlyBooleanProperty coveredProperty() { return covered; }
    public ReadOnlyStringProperty basisProperty() { return basis; }
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    public StringProperty noticeTextProperty() { return noticeText; }
    public ReadOnlyStringProperty previewHeadingProperty() { return previewHeading; }
    public ObservableList<String> previewLines() { return previewLines; }
    public ObservableList<String> previewProblems() { return previewProblems; }
    public ObservableList<String> previewNotes() { return previewNotes; }
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave; }
    public ReadOnlyStringProperty saveTextProperty() { return saveText; }
    public ReadOnlyStringProperty saveBlockedReasonProperty() { return saveBlockedReason; }
    public ReadOnlyStringProperty movedHeadingProperty() { return movedHeading; }
    public ObservableList<String> movedDueDates() { return movedDueDates; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    /** The years the selector offers (2019 to next year, and any stored year) and this year's grid. */
    public void load() {
        int thisYear = LocalDate.now(clock).getYear();
        executor.execute(BackgroundTask.wrap(service::storedYears)
                .onRunning(() -> busy.set(true))
                .onSuccess(stored -> {
                    Set<Integer> all = new TreeSet<>(stored);
                    IntStream.rangeClosed(FIRST_YEAR, thisYear + 1).forEach(all::add);
                    years.setAll(all);
                    showYear(thisYear);
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void showYear(int y) {
        if (Objects.equals(year.get(), y)) {
            loadYear(y);
        } else {
            year.set(y);
        }
    }

    private void loadYear(int y) {
        executor.execute(BackgroundTask.wrap(() -> YearGrid.of(y, service.current(), service.year(y)))
                .onRunning(() -> busy.set(true))
                .onSuccess(this::show)
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void previousYear() {
        showYear(shownYear() - 1);
    }

    public void nextYear() {
        showYear(shownYear() + 1);
    }

    /** Reads the pasted notice; lines without a title are read for the year on screen. */
    public void parseNotice() {
        String text = noticeText.get() == null ? "" : noticeText.get();
        if (text.isBlank()) {
            message.set(Texts.get("calendar.paste.nothing"));
            return;
        }
        int forYear = shownYear();
        executor.execute(BackgroundTask.wrap(() -> service.preview(text, forYear))
                .onRunning(() -> busy.set(true))
                .onSuccess(this::showPreview)
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void saveNotice() {
        CalendarPreview toSave = preview;
        if (toSave == null || !toSave.canSave()) {
            message.set(saveBlockedReason.get());
            return;
        }
        executor.executeWrite(BackgroundTask.wrap(() -> service.replaceYear(toSave.year(), toSave.days(), toSave.noticeTitle()))
                .onRunning(() -> busy.set(true))
                .onSuccess(moved -> {
                    message.set(Texts.get("calendar.saved", String.valueOf(toSave.year())));
                    showMoved(moved);
                    discardPreview();
                    noticeText.set("");
                    if (!years.contains(toSave.year())) {
                        years.add(toSave.year());
                        FXCollections.sort(years);
                    }
                    showYear(toSave.year());
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void discardPreview() {
        preview = null;
        previewHeading.set("");
        previewLines.clear();
        previewProblems.clear();
        previewNotes.clear();
        canSave.set(false);
        saveText.set(Texts.get("calendar.preview.saveNone"));
        saveBlockedReason.set(Texts.get("calendar.preview.blockedNone"));
    }

    /** Makes {@code date} a holiday, a 调休 working day, or (with {@code null}) an ordinary day again. */
    public void setDay(LocalDate date, DayKind kind) {
        executor.executeWrite(BackgroundTask.wrap(() -> service.setDay(date, kind))
                .onRunning(() -> busy.set(true))
                .onSuccess(moved -> {
                    message.set(Texts.get("calendar.daySaved", date.toString(), kindLabel(kind)));
                    showMoved(moved);
                    showYear(date.getYear());
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private int shownYear() {
        return year.get() == null ? LocalDate.now(clock).getYear() : year.get();
    }

    private void show(YearGrid g) {
        grid.set(g);
        covered.set(g.covered());
        String y = String.valueOf(g.year());
        basis.set(g.covered() ? Texts.get("calendar.basis", g.noticeTitle()) : Texts.get("calendar.notUpdated", y));
        summary.set(Texts.get("calendar.summary", g.workingDays(), g.holidays(), g.shiftedWorkdays()));
    }

    private void showPreview(CalendarPreview p) {
        preview = p;
        String y = String.valueOf(p.year());
        long holidays = p.daysIn(p.year()).stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
        long shifted = p.daysIn(p.year()).stream().filter(d -> d.kind() == DayKind.WORKDAY).count();
        previewHeading.set(Texts.get("calendar.preview.heading", y, p.noticeTitle(), holidays, shifted));
        previewLines.setAll(PreviewLines.of(p.days(), p.year()));
        previewProblems.setAll(describe(p.problems()));
        previewNotes.setAll(describe(p.notes()));
        canSave.set(p.canSave());
        saveText.set(Texts.get("calendar.preview.save", y));
        saveBlockedReason.set(p.canSave() ? ""
                : p.problems().isEmpty() ? Texts.get("calendar.preview.blockedEmpty", y)
                : Texts.get("calendar.preview.blockedProblems", p.problems().size()));
        message.set("");
        if (!Objects.equals(p.year(), year.get())) {
            showYear(p.year());
        }
    }

    private void showMoved(List<DueDateChange> moved) {
        movedHeading.set(moved.isEmpty() ? Texts.get("calendar.moved.none") : Texts.get("calendar.moved.heading", moved.size()));
        movedDueDates.setAll(moved.stream()
                .map(c -> Texts.get("calendar.moved.row", c.reference(), c.description(), c.before().toString(), c.after().toString()))
                .collect(Collectors.toList()));
    }

    private static List<String> describe(List<NoticeRemark> remarks) {
        return remarks.stream().map(NoticeRemark::describe).collect(Collectors.toList());
    }

    private static String kindLabel(DayKind kind) {
        return kind == null ? Texts.get("calendar.kind.ordinary")
                : kind == DayKind.HOLIDAY ? Texts.get("calendar.kind.holiday") : Texts.get("calendar.kind.shifted");
    }
}
