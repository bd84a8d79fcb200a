// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.export.ReportBlocked;
import org.disclosuredesk.report.export.ReportExporter;
import org.disclosuredesk.report.export.ReportFileType;
import org.disclosuredesk.report.export.ReportPdfRequest;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.FileOpener;
import org.disclosuredesk.ui.kit.Texts;

/**
 * Exports the selected year's report as PDF or Word, with progress; warnings are confirmed before the
 * file is written ({@link #pendingConfirmationProperty}); a final export locks the year; an explicit,
 * audited unlock reopens it. After an export the file can be opened or shown in its folder.
 */
public final class ExportViewModel {

    /** An export waiting for the user to confirm the listed warnings. */
    public record Confirmation(ReportPdfRequest request, String warnings) {
    }

    private final BooleanProperty finalExport = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final ObjectProperty<Path> lastFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Confirmation> pendingConfirmation = new SimpleObjectProperty<>();

    private final ReportExporter exporter;
    private final ReportService service;
    private final TaskExecutor executor;
    private final Runnable onChanged;
    private final FileOpener opener;

    public ExportViewModel(ReportExporter exporter, ReportService service, TaskExecutor executor, Runnable onChanged,
            FileOpener opener) {
        this.exporter = exporter;
        this.service = service;
        this.executor = executor;
        this.onChanged = onChanged;
        this.opener = opener;
    }

    public BooleanProperty finalExportProperty() {
        return finalExport;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    public ReadOnlyObjectProperty<Path> lastFileProperty() {
        return lastFile;
    }

    public ReadOnlyObjectProperty<Confirmation> pendingConfirmationProperty() {
        return pendingConfirmation;
    }

    /** Validates, then exports; stops at unconfirmed warnings with {@link #pendingConfirmationProperty} set. */
    public void export(int year, ReportFileType type, Path output) {
        ReportPdfRequest request;
        try {
            request = ReportPdfRequest.of(year, type, output, finalExport.get(), false);
        } catch (RuntimeException e) {
            fail(UserMessages.of(e));
            return;
        }
        run(request);
    }

    /** The user confirmed the warnings: export as asked. */
    public void confirm() {
        Confirmation c = pendingConfirmation.get();
        pendingConfirmation.set(null);
        if (c != null) {
            ReportPdfRequest r = c.request();
            run(new ReportPdfRequest(r.year(), r.type(), r.output(), r.finalExport(), true));
        }
    }

    public void cancelConfirmation() {
        pendingConfirmation.set(null);
        status.set(Texts.get("report.export.cancelled"));
    }

    /** Reopens a locked year; the reason goes into the audit trail and the report must be exported again. */
    public void unlock(int year, String reason) {
        executor.executeWrite(BackgroundTask.wrap(() -> service.unlock(year, reason))
                .onSuccess(v -> {
                    failed.set(false);
                    status.set(Texts.get("report.lock.unlocked", year));
                    onChanged.run();
                })
                .onFailure(e -> fail(UserMessages.of(e))));
    }

    private void run(ReportPdfRequest request) {
        executor.executeWrite(BackgroundTask.withProgress(p -> exporter.export(request, p))
                .onRunning(() -> {
                    running.set(true);
                    failed.set(false);
                    lastFile.set(null);
                    progress.set(-1);
                    status.set(Texts.get("report.export.running"));
                })
                .onProgress(u -> {
                    progress.set(u.fraction());
                    status.set(u.message());
                })
                .onSuccess(result -> {
                    progress.set(1);
                    lastFile.set(result.file());
                    status.set(result.finalExport() ? Texts.get("report.export.doneFinal", result.file().getFileName(), request.year())
                            : Texts.get("report.export.done", result.file().getFileName()));
                    onChanged.run();
                })
                .onFailure(e -> {
                    progress.set(0);
                    if (e instanceof ReportBlocked && ((ReportBlocked) e).onlyWarnings()) {
                        status.set("");
                        pendingConfirmation.set(new Confirmation(request, e.getMessage()));
                    } else {
                        fail(UserMessages.of(e));
                    }
                })
                .onFinished(() -> running.set(false)));
    }

    private void fail(String text) {
        failed.set(true);
        status.set(text);
    }

    /** Opens the last exported file with the desktop's program; a failure is a {@code UserError} to show. */
    public void openLastFile() {
        opener.open(lastFile.get());
    }

    /** Opens the folder of the last exported file, with the file selected. */
    public void showLastFileInFolder() {
        opener.showInFolder(lastFile.get());
    }
}
