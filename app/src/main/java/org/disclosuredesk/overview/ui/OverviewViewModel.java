// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.overview.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.disclosuredesk.overview.OverviewFigures;
import org.disclosuredesk.overview.OverviewService;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.shared.UserMessages;

public final class OverviewViewModel {

    private final ObjectProperty<OverviewFigures> figures = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    private final OverviewService service;
    private final TaskExecutor executor;

    public OverviewViewModel(OverviewService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<OverviewFigures> figuresProperty() {
        return figures;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        executor.execute(BackgroundTask.wrap(service::figures)
                .onRunning(() -> busy.set(true))
                .onSuccess(f -> {
                    figures.set(f);
                    message.set("");
                })
                .onFailure(e -> message.set(UserMessages.of(e)))
                .onFinished(() -> busy.set(false)));
    }
}
