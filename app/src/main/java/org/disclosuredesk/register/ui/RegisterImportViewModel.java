// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.transfer.RegisterColumn;
import org.disclosuredesk.register.transfer.RegisterImporter;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.disclosuredesk.shared.transfer.ImportProblem;
import org.disclosuredesk.ui.kit.Texts;

/**
 * Importing a ledger: choose a file, check the column mapping, read the preview (every bad row with
 * its reason), then import the valid rows in one transaction. Reading and importing can be cancelled.
 */
public final class RegisterImportViewModel {

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> headings = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnMapping<RegisterColumn>> mapping = new SimpleObjectProperty<>(ColumnMapping.empty(RegisterColumn.class));
    private final ObjectProperty<ImportPreview<DocumentDraft, RegisterColumn>> preview = new SimpleObjectProperty<>();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final IntegerProperty validRows = new SimpleIntegerProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty imported = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    private final RegisterImporter importer;
    private final TaskExecutor executor;
    private final AtomicBoolean cancel = new AtomicBoolean();

    public RegisterImportViewModel(RegisterImporter importer, TaskExecutor executor) {
        this.importer = importer;
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> headings() {
        return headings;
    }

    public ReadOnlyObjectProperty<ColumnMapping<RegisterColumn>> mappingProperty() {
        return mapping;
    }

    public ReadOnlyObjectProperty<ImportPreview<DocumentDraft, RegisterColumn>> previewProperty() {
        return preview;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ReadOnlyIntegerProperty validRowsProperty() {
        return validRows;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Reads the file's headings, maps them (remembered mapping first), and checks every row. */
    public void choose(Path chosen) {
        file.set(chosen);
        imported.set(false);
        executor.execute(BackgroundTask.wrap(() -> {
            java.util.List<String> h = importer.headings(chosen);
            return new Opened(h, ColumnMapping.guess(h, importer.rememberedMapping()));
        })
                .onSuccess(r -> {
                    headings.setAll(r.headings());
                    mapping.set(r.mapping());
                    check();
                })
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    /** Feeds a register column from a heading (null: the heading is not imported); check again afterwards. */
    public void map(String heading, RegisterColumn column) {
        mapping.set(mapping.get().withHeading(heading, column));
        preview.set(null);
        validRows.set(0);
    }

    public void check() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        ColumnMapping<RegisterColumn> m = mapping.get();
        cancel.set(false);
        executor.execute(BackgroundTask.withProgress(p -> importer.preview(f, m, cancellable(p)))
                .onRunning(() -> started(Texts.get("register.import.checking")))
                .onProgress(u -> message.set(u.message()))
                .onSuccess(p -> {
                    preview.set(p);
                    problems.setAll(p.problems());
                    validRows.set(p.validCount());
                    message.set(Texts.get("register.import.summary", p.rowsRead(), p.validCount(), p.rowsWithProblems(), p.fileLines()));
                })
                .onFailure(e -> {
                    preview.set(null);
                    problems.clear();
                    validRows.set(0);
                    message.set(UserMessages.of(e));
                })
                .onFinished(this::finished));
    }

    /** Imports every valid row of the preview in one transaction, or none. */
    public void importValid(Runnable onImported) {
        ImportPreview<DocumentDraft, RegisterColumn> p = preview.get();
        if (p == null || !p.canImport()) {
            return;
        }
        cancel.set(false);
        executor.executeWrite(BackgroundTask.withProgress(pr -> importer.commit(p, cancellable(pr)))
                .onRunning(() -> started(Texts.get("register.import.writing")))
                .onProgress(u -> {
                    progress.set(u.fraction());
                    message.set(u.message());
                })
                .onSuccess(n -> {
                    imported.set(true);
                    message.set(Texts.get("register.import.done", n));
                    onImported.run();
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(this::finished));
    }

    public void cancel() {
        cancel.set(true);
    }

    private void started(String text) {
        busy.set(true);
        progress.set(-1);
        message.set(text);
    }

    private void finished() {
        busy.set(false);
        progress.set(0);
    }

    private BackgroundTask.Progress cancellable(BackgroundTask.Progress inner) {
        return new BackgroundTask.Progress() {
            @Override
            public void update(long done, long total, String text) {
                inner.update(done, total, text);
            }

            @Override
            public boolean isCancelled() {
                return cancel.get() || inner.isCancelled();
            }
        };
    }

    /** A file's headings and the mapping guessed for them, read off the FX thread. */
    private record Opened(java.util.List<String> headings, ColumnMapping<RegisterColumn> mapping) {
    }
}
