// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.register.RequestSources;
import org.disclosuredesk.register.SourceRequest;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;

/** 「来源申请」: the requests whose disclosed information the open entry made 主动公开 (条例第四十四条). */
final class SourceRequestsViewModel {

    private final ObservableList<SourceRequest> sources = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final RequestSources service;
    private final TaskExecutor executor;

    /** Follows the entry the form shows: each newly opened entry loads its own sources. */
    SourceRequestsViewModel(RequestSources service, TaskExecutor executor, ObservableValue<Long> documentId) {
        this.service = service;
        this.executor = executor;
        documentId.addListener((o, old, id) -> load(id));
        load(documentId.getValue());
    }

    ObservableList<SourceRequest> sources() { return sources; }
    ReadOnlyStringProperty messageProperty() { return message; }

    void load(Long documentId) {
        message.set("");
        if (documentId == null) {
            sources.clear();
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.forDocument(documentId))
                .onSuccess(sources::setAll)
                .onFailure(e -> message.set(UserMessages.of(e))));
    }
}
