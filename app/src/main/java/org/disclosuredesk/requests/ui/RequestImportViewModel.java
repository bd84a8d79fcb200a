// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.nio.file.Path;
import java.util.List;
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
import org.disclosuredesk.requests.ImportedRequest;
import org.disclosuredesk.requests.transfer.ImportField;
import org.disclosuredesk.requests.transfer.RequestTransfer;
import org.disclosuredesk.requests.transfer.SheetTable;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.disclosuredesk.ui.kit.Texts;

/**
 * Import of an existing log: read the file, map its columns (remembered from last time, else
 * guessed), preview every row with its problems, then store all valid rows in one transaction.
 */
public final class RequestImportViewModel {

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnMapping<ImportField>> mapping = new SimpleObjectProperty<>(ColumnMapping.empty(ImportField.class));
    private final ObservableList<ImportPreview.Row<ImportedRequest>> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty canImport = new SimpleBooleanProperty();

    private final RequestTransfer transfer;
    private final TaskExecutor executor;
    private SheetTable table;
    private ImportPreview<ImportedRequest, ImportField> preview;
    private Runnable onImported = () -> { };

    public RequestImportViewModel(RequestTransfer transfer, TaskExecutor executor) {
        this.transfer = transfer;
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() { return file; }
    public ObservableList<String> headers() { return headers; }
    public ReadOnlyObjectProperty<ColumnMapping<ImportField>> mappingProperty() { return mapping; }
    public ObservableList<ImportPreview.Row<ImportedRequest>> rows() { return rows; }
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyBooleanProperty canImportProperty() { return canImport; }

    public void setOnImported(Runnable handler) {
        this.onImported = handler;
    }

    public void open(Path path) {
        file.set(path);
        rows.clear();
        canImport.set(false);
        executor.execute(BackgroundTask.wrap(() -> {
            SheetTable t = transfer.read(path);
            return new Opened(t, transfer.mappingFor(t));
        })
                .onRunning(() -> busy.set(true))
                .onSuccess(o -> {
                    table = o.table;
                    headers.setAll(o.table.headers());
                    mapping.set(o.mapping);
                    refreshPreview();
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    /** Chooses the column for a field (blank: none) and previews again. */
    public void map(ImportField field, String header) {
        mapping.set(mapping.get().with(field, header));
        refreshPreview();
    }

    public void importValid() {
        ImportPreview<ImportedRequest, ImportField> p = preview;
        if (p == null || p.validValues().isEmpty()) {
            return;
        }
        executor.executeWrite(BackgroundTask.wrap(() -> transfer.importValid(p))
                .onRunning(() -> busy.set(true))
                .onSuccess(stored -> {
                    message.set(Texts.get("requests.import.done", stored.size()));
                    canImport.set(false);
                    rows.clear();
                    preview = null;
                    onImported.run();
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private void refreshPreview() {
        if (table == null) {
            return;
        }
        List<String> missing = mapping.get().missingRequired();
        if (!missing.isEmpty()) {
            rows.clear();
            preview = null;
            canImport.set(false);
            summary.set("");
            message.set(Texts.get("requests.import.mapMissing", String.join("、", missing)));
            return;
        }
        SheetTable t = table;
        ColumnMapping<ImportField> m = mapping.get();
        executor.execute(BackgroundTask.wrap(() -> transfer.preview(t, m))
                .onRunning(() -> busy.set(true))
                .onSuccess(p -> {
                    preview = p;
                    rows.setAll(p.rows());
                    int valid = p.validValues().size();
                    summary.set(Texts.get("requests.import.summary", p.rows().size(), valid, p.invalidRows().size(), p.fileLines()));
                    message.set("");
                    canImport.set(valid > 0);
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    private record Opened(SheetTable table, ColumnMapping<ImportField> mapping) {
    }
}
