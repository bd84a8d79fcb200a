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
 * 设置: the office's details, the working-day calendar, the 告知书 templates, backups. The calendar, notices
 * and backup tabs belong to their own features; the shell builds them and hands them in, so settings does not depend on them.
 */
public final class SettingsScreen extends BorderPane {

    private final OrgSettingsPane org;

    public SettingsScreen(SettingsContext context, Node calendarPane, Node noticesPane, Node backupPane) {
        getStyleClass().add("screen");
        setPadding(new Insets(20, 24, 16, 24));
        Label title = new Label(Texts.get("settings.title"));
        title.getStyleClass().add("screen-title");
        setTop(title);
        org = new OrgSettingsPane(context);
        TabPane tabs = new TabPane(
                tab(Texts.get("settings.tab.org"), org),
                tab(Texts.get("settings.tab.calendar"), calendarPane),
                tab(Texts.get("settings.tab.notices"), noticesPane),
                tab(Texts.get("settings.tab.backup"), backupPane));
        BorderPane.setMargin(tabs, new Insets(12, 0, 0, 0));
        setCenter(tabs);
    }

    /** Told of the office's name each time 机关信息 is saved (the shell's title and sidebar follow it). */
    public void setOnOfficeNameSaved(java.util.function.Consumer<String> handler) {
        org.model().setOnSaved(saved -> handler.accept(saved.officeName()));
    }

    private static Tab tab(String text, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setClosable(false);
        return tab;
    }
}
