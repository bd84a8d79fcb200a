// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.shared.TaskExecutor;

/** PLACEHOLDER until the feature lands: the shell mounts this screen. */
public final class RequestsScreen extends BorderPane {

    public RequestsScreen(AppContext context, TaskExecutor executor) {
        setCenter(new Label("依申请公开"));
    }
}
