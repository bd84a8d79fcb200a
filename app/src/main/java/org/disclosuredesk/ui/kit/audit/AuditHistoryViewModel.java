// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.audit;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/** The history of one record (a request, a document, a task, a report): every change, newest first. */
public final class AuditHistoryViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ObservableList<AuditRow> entries = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final Map<String, String> fieldLabels = new HashMap<>();

    private final AuditTrail audit;
    private final TaskExecutor executor;
    private long generation;

    public AuditHistoryViewModel(AuditTrail audit, TaskExecutor executor) {
        this.audit = audit;
        this.executor = executor;
    }

    public ObservableList<AuditRow> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Names to show for stored field names over the shared ones of {@link AuditFieldLabels}. */
    public void setFieldLabels(Map<String, String> labels) {
        fieldLabels.clear();
        fieldLabels.putAll(labels);
    }

    /** Loads the history of {@code entity} #{@code entityId}; a later call wins over a slower earlier one. */
    public void show(String entity, long entityId) {
        long mine = ++generation;
        executor.execute(BackgroundTask.wrap(() -> audit.history(entity, entityId))
                .onRunning(() -> busy.set(true))
                .onSuccess(history -> {
                    if (mine == generation) {
                        entries.setAll(rows(history));
                        message.set(history.isEmpty() ? Texts.get("audit.history.empty") : "");
                    }
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }

    public void clear() {
        generation++;
        entries.clear();
        message.set("");
    }

    private List<AuditRow> rows(List<AuditEntry> history) {
        return history.stream().map(e -> new AuditRow(timeText(e.at()), e.actor(), actionLabel(e.action()),
                e.field() == null ? "" : fieldLabels.getOrDefault(e.field(), AuditFieldLabels.of(e.field())),
                valueText(e.oldValue()), valueText(e.newValue()), e.summary() == null ? "" : e.summary()))
                .collect(Collectors.toList());
    }

    /** Stored as ISO text, where LocalDateTime drops ":00" seconds; shown always with seconds. */
    private static String timeText(String at) {
        try {
            return LocalDateTime.parse(at).format(TIME);
        } catch (DateTimeParseException e) {
            return at;
        }
    }

    private static String valueText(String value) {
        return value == null ? Texts.get("audit.value.none") : value;
    }

    static String actionLabel(AuditEntry.Action action) {
        switch (action) {
            case CREATE:
                return Texts.get("audit.action.create");
            case UPDATE:
                return Texts.get("audit.action.update");
            case DELETE:
                return Texts.get("audit.action.delete");
            case LOCK:
                return Texts.get("audit.action.lock");
            case UNLOCK:
                return Texts.get("audit.action.unlock");
            case IMPORT:
                return Texts.get("audit.action.import");
            case RESTORE:
                return Texts.get("audit.action.restore");
            case EXPORT:
                return Texts.get("audit.action.export");
            default:
                return action.name();
        }
    }
}
