// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.backup.BackupInfo;
import org.disclosuredesk.backup.BackupKind;
import org.disclosuredesk.backup.BackupOffice;
import org.disclosuredesk.backup.BackupService;
import org.disclosuredesk.backup.RestoreResult;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/** 设置 → 备份与恢复: the list of backups, a backup by hand to a chosen folder, restore. */
public final class BackupSettingsViewModel {

    /** The folder of the last backup by hand, offered again next time (often the USB stick). */
    static final String LAST_FOLDER_KEY = "backup.lastFolder";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.CHINA);

    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty lastFolder = new SimpleStringProperty("");
    private final BooleanBinding canRestoreSelected;
    private final ObservableStringValue restoreHint;

    private final BackupService service;
    private final SettingsService settings;
    private final TaskExecutor executor;

    public BackupSettingsViewModel(BackupService service, SettingsService settings, TaskExecutor executor) {
        this.service = service;
        this.settings = settings;
        this.executor = executor;
        canRestoreSelected = Bindings.createBooleanBinding(
                () -> !busy.get() && selected.get() != null && selected.get().healthy(), busy, selected);
        restoreHint = Bindings.createStringBinding(() -> {
            if (selected.get() == null) {
                return Texts.get("backup.restore.selectFirst");
            }
            return selected.get().healthy() ? "" : Texts.get("backup.restore.unhealthy");
        }, selected);
    }

    public ObservableList<BackupRow> backups() {
        return FXCollections.unmodifiableObservableList(backups);
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The folder to offer first when choosing where to back up; empty until a backup by hand was made. */
    public ReadOnlyStringProperty lastFolderProperty() {
        return lastFolder;
    }

    public BooleanBinding canRestoreSelectedProperty() {
        return canRestoreSelected;
    }

    /** Why 从所选备份恢复 is disabled, or empty. */
    public ObservableStringValue restoreHintProperty() {
        return restoreHint;
    }

    public String backupFolder() {
        return service.folder().toString();
    }

    public void load() {
        executor.execute(BackgroundTask.wrap(() -> new Loaded(service.listBackups(), service.officeName(),
                settings.value(LAST_FOLDER_KEY).orElse("")))
                .onRunning(() -> busy.set(true))
                .onSuccess(this::show)
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void backupNow(Path folder) {
        executor.executeWrite(BackgroundTask.wrap(() -> {
            var made = service.backupNow(folder);
            settings.putValue(LAST_FOLDER_KEY, folder.toAbsolutePath().toString());
            return made;
        })
                .onRunning(() -> busy.set(true))
                .onSuccess(made -> {
                    message.set(Texts.get("backup.now.done", made.path()));
                    lastFolder.set(folder.toAbsolutePath().toString());
                    load();
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** The question the confirmation dialog asks before {@link #restore}. */
    public String restoreQuestion(Path file) {
        return Texts.get("backup.restore.question", file.getFileName(), file.toAbsolutePath().getParent());
    }

    /**
     * Reads whose backup {@code file} is, off the FX thread, then hands it to {@code ask}: the view asks once, and
     * a second time with {@link #otherOfficeQuestion} when the backup is another office's.
     */
    public void checkOffice(Path file, Consumer<BackupOffice> ask) {
        executor.execute(BackgroundTask.wrap(() -> service.officeOf(file))
                .onSuccess(ask::accept)
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    /** The second question before another office's backup replaces this office's data: both names. */
    public String otherOfficeQuestion(BackupOffice office) {
        return Texts.get("backup.restore.otherOffice.question", office.backup(), office.current());
    }

    /** Replaces the data with {@code file}'s; the service backs the current data up first. */
    public void restore(Path file) {
        restore(file, false);
    }

    /** As {@link #restore(Path)}; {@code otherOfficeConfirmed} after the second question was answered yes. */
    public void restore(Path file, boolean otherOfficeConfirmed) {
        executor.executeWrite(BackgroundTask.wrap(() -> service.restore(file, otherOfficeConfirmed))
                .onRunning(() -> busy.set(true))
                .onSuccess(this::restored)
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private void restored(RestoreResult result) {
        message.set(Texts.get("backup.restore.done", result.restoredFrom().getFileName(), result.previousData().getFileName()));
        load();
    }

    private void show(Loaded loaded) {
        backups.setAll(loaded.backups().stream().map(b -> row(b, loaded.office())).collect(Collectors.toList()));
        lastFolder.set(loaded.lastFolder());
    }

    private static BackupRow row(BackupInfo info, String currentOffice) {
        var f = info.file();
        var c = info.contents();
        String status = c.healthy() ? Texts.get("backup.status.ok") : Texts.get("backup.status.bad", String.join("；", c.problems()));
        BackupOffice office = new BackupOffice(currentOffice, c.officeName());
        String officeLabel = office.other() ? Texts.get("backup.office.other", office.backup()) : office.backup();
        return new BackupRow(f.path(), f.takenAt().format(TIME), kindLabel(f.kind()), c.count("request"), c.count("document"),
                c.count("plan_task"), size(f.sizeBytes()), c.healthy(), status, officeLabel, office.other());
    }

    static String kindLabel(BackupKind kind) {
        switch (kind) {
            case AUTO:
                return Texts.get("backup.kind.auto");
            case MANUAL:
                return Texts.get("backup.kind.manual");
            case BEFORE_RESTORE:
                return Texts.get("backup.kind.beforeRestore");
            case BEFORE_MIGRATION:
                return Texts.get("backup.kind.beforeMigration");
            default:
                return Texts.get("backup.kind.other");
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private record Loaded(List<BackupInfo> backups, String office, String lastFolder) {
    }
}
