// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.settings.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.backup.ui.BackupSettingsPane;
import org.disclosuredesk.calendar.ui.CalendarSettingsPane;
import org.disclosuredesk.requests.notices.ui.NoticeTemplatesPane;
import org.disclosuredesk.requests.notices.ui.NoticeTemplatesViewModel;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.Texts;

/** 设置: the office's details, the working-day calendar, the notices' templates, backups. */
public final class SettingsScreen extends BorderPane {

    public SettingsScreen(AppContext context, TaskExecutor executor) {
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(Texts.get("settings.title"));
        title.getStyleClass().add("screen-title");
        setTop(title);
        TabPane tabs = new TabPane(
                tab(Texts.get("settings.tab.org"), new OrgSettingsPane(context, executor)),
                tab(Texts.get("settings.tab.calendar"), new CalendarSettingsPane(context, executor)),
                tab(Texts.get("settings.tab.notices"), new NoticeTemplatesPane(new NoticeTemplatesViewModel(context.notices(), executor))),
                tab(Texts.get("settings.tab.backup"), new BackupSettingsPane(context, executor)));
        BorderPane.setMargin(tabs, new Insets(12, 0, 0, 0));
        setCenter(tabs);
    }

    private static Tab tab(String text, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setClosable(false);
        return tab;
    }
}
