// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.shared.TaskExecutor;

/** PLACEHOLDER until the feature lands: the shell mounts this screen. */
public final class CalendarSettingsPane extends BorderPane {

    public CalendarSettingsPane(AppContext context, TaskExecutor executor) {
        setCenter(new Label("工作日历"));
    }
}
