// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.register.DocumentRef;
import org.disclosuredesk.requests.DocumentLink;
import org.disclosuredesk.requests.DocumentLinkService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/** 转为主动公开 (条例第四十四条): the register entries the open request produced, linked and unlinked here. */
public final class LinkedDocumentsViewModel {

    private final ObservableList<DocumentLink> links = FXCollections.observableArrayList();
    private final ObservableList<DocumentRef> found = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty open = new SimpleBooleanProperty();

    private final DocumentLinkService service;
    private final TaskExecutor executor;
    private Long requestId;

    public LinkedDocumentsViewModel(DocumentLinkService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    public ObservableList<DocumentLink> links() { return links; }
    /** What the picker found for the words typed (标题, 文号 or 索引号). */
    public ObservableList<DocumentRef> found() { return found; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** True while a stored request is shown (a new one has nothing to link yet). */
    public ReadOnlyBooleanProperty openProperty() { return open; }

    public void load(Long id) {
        requestId = id;
        open.set(id != null);
        message.set("");
        found.clear();
        if (id == null) {
            links.clear();
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.forRequest(id))
                .onSuccess(links::setAll)
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    public void lookup(String text) {
        String words = text == null ? "" : text.trim();
        if (words.isEmpty()) {
            found.clear();
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.lookup(words))
                .onSuccess(found::setAll)
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    public void link(DocumentRef document, String note) {
        Long id = requestId;
        if (id == null || document == null) {
            return;
        }
        write(() -> service.link(id, document.id(), note), Texts.get("requests.links.linked", document.describe()));
    }

    public void unlink(DocumentLink link) {
        write(() -> service.unlink(link.requestId(), link.document().id()), Texts.get("requests.links.unlinked", link.document().describe()));
    }

    private void write(Runnable change, String done) {
        Long id = requestId;
        executor.executeWrite(BackgroundTask.wrap(() -> {
                    change.run();
                    return service.forRequest(id);
                })
                .onRunning(() -> busy.set(true))
                .onSuccess(list -> {
                    links.setAll(list);
                    message.set(done);
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }
}
