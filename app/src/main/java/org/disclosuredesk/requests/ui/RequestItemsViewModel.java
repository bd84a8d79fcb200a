// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.RequestItem;
import org.disclosuredesk.requests.RequestItemService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;
import org.disclosuredesk.ui.kit.Texts;

/** 一事一申请 on the open request: its items with their results; split, choose an item's result, merge back. */
public final class RequestItemsViewModel {

    private final ObservableList<RequestItem> items = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty split = new SimpleBooleanProperty();

    private final RequestItemService service;
    private final TaskExecutor executor;
    private Long requestId;

    public RequestItemsViewModel(RequestItemService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        items.addListener((javafx.collections.ListChangeListener<RequestItem>) c -> split.set(!items.isEmpty()));
    }

    public ObservableList<RequestItem> items() { return items; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** True while the open request is split into items. */
    public ReadOnlyBooleanProperty splitProperty() { return split; }

    /** The result rows an item can have: those the 作出答复 step offers (（六）1 and 2 come from lapsed steps). */
    public static List<ResultRow> choosableResults() {
        return Arrays.stream(ResultRow.values())
                .filter(r -> r != ResultRow.OTHER_NO_CORRECTION && r != ResultRow.OTHER_FEE_UNPAID).collect(Collectors.toList());
    }

    public void load(Long id) {
        requestId = id;
        message.set("");
        if (id == null) {
            items.clear();
            return;
        }
        executor.execute(BackgroundTask.wrap(() -> service.items(id))
                .onSuccess(items::setAll)
                .onFailure(e -> message.set(UserMessages.of(e))));
    }

    /** What the split dialog starts with: the current items, one per line, or nothing. */
    public String linesForDialog() {
        return items.stream().map(RequestItem::content).collect(Collectors.joining("\n"));
    }

    /** Splits into one item per non-blank line. */
    public void split(String lines) {
        Long id = requestId;
        List<String> contents = lines == null ? List.of() : Arrays.asList(lines.split("\\R"));
        write(() -> service.split(id, contents), Texts.get("requests.items.saved"));
    }

    public void setResult(int itemNo, ResultRow result) {
        Long id = requestId;
        write(() -> service.setResult(id, itemNo, result), Texts.get("requests.items.resultSaved"));
    }

    public void merge() {
        Long id = requestId;
        write(() -> {
            service.merge(id);
            return List.of();
        }, Texts.get("requests.items.merged"));
    }

    private void write(java.util.concurrent.Callable<List<RequestItem>> work, String done) {
        if (requestId == null) {
            return;
        }
        Long id = requestId;
        executor.executeWrite(BackgroundTask.wrap(work)
                .onRunning(() -> busy.set(true))
                .onSuccess(after -> {
                    items.setAll(after);
                    message.set(done);
                })
                .onFailure(e -> {
                    load(id);
                    message.set(UserMessages.of(e));
                })
                .onFinished(() -> busy.set(false)));
    }
}
