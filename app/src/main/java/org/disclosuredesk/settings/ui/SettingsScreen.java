// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.settings.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.disclosuredesk.ui.kit.Texts;

/**
 * 设置: the office's details, the working-day calendar, backups. The calendar and backup tabs belong to
 * their own features; the shell builds them and hands them in, so settings does not depend on them.
 */
public final class SettingsScreen extends BorderPane {

    public SettingsScreen(SettingsContext context, Node calendarPane, Node backupPane) {
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(Texts.get("settings.title"));
        title.getStyleClass().add("screen-title");
        setTop(title);
        TabPane tabs = new TabPane(
                tab(Texts.get("settings.tab.org"), new OrgSettingsPane(context)),
                tab(Texts.get("settings.tab.calendar"), calendarPane),
                tab(Texts.get("settings.tab.backup"), backupPane));
        BorderPane.setMargin(tabs, new Insets(12, 0, 0, 0));
        setCenter(tabs);
    }

    private static Tab tab(String text, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setClosable(false);
        return tab;
    }
}
