// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.disclosuredesk.ui.kit.Shortcuts;
import org.disclosuredesk.ui.kit.ShortcutsDialog;
import org.disclosuredesk.ui.kit.Texts;
import org.kordamp.ikonli.javafx.FontIcon;

/** The shell: left navigation, the current screen, and the status bar. Ctrl+1…7 switch screens. */
public final class MainWindow extends BorderPane {

    private static final String HELP_ICON = "mdi2h-help-circle-outline";

    private ScreenFactory screens;
    private final StackPane content = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final Label office = new Label();
    private VBox nav;
    private Navigation current;
    private Consumer<Navigation> onNavigate = entry -> { };
    private final javafx.beans.property.StringProperty officeName = new javafx.beans.property.SimpleStringProperty();

    public MainWindow(ScreenFactory screens, StatusBar statusBar, String officeName) {
        this(statusBar, "");
        open(screens, officeName);
    }

    /**
     * The frame shown while the database opens (issue 17: the first frame waits for nothing): the
     * navigation, switched off until {@link #open}, the status bar, and {@code placeholder} in the middle.
     */
    public MainWindow(StatusBar statusBar, String placeholder) {
        getStyleClass().add("main-window");
        setLeft(navigation());
        nav.setDisable(true);
        content.getStyleClass().add("content");
        Label waiting = new Label(placeholder);
        waiting.getStyleClass().add("startup-placeholder");
        content.getChildren().setAll(waiting);
        setCenter(content);
        setBottom(statusBar);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                for (Navigation entry : Navigation.values()) {
                    scene.getAccelerators().put(Shortcuts.screen(entry.ordinal() + 1), () -> show(entry));
                }
                scene.getAccelerators().put(Shortcuts.HELP, () -> ShortcutsDialog.build().show());
            }
        });
    }

    /** Every icon the frame shows, for the start-up to resolve before the FX thread needs them. */
    static List<String> frameIcons() {
        List<String> icons = new ArrayList<>();
        for (Navigation entry : Navigation.values()) {
            icons.add(entry.icon());
        }
        icons.add(HELP_ICON);
        icons.add(StatusBar.DATABASE_ICON);
        return icons;
    }

    /** The database is open: the office's name, and the navigation builds screens from now on. */
    public void open(ScreenFactory screens, String officeName) {
        this.screens = screens;
        this.officeName.set(officeName);
        // Saving 机关信息 renames the office at once: sidebar here, window title by whoever binds to it.
        screens.setOnOfficeNameSaved(this.officeName::set);
        nav.setDisable(false);
    }

    public void show(Navigation entry) {
        if (screens == null) {
            return; // Ctrl+1…7 while the database is still opening
        }
        current = entry;
        content.getChildren().setAll(screens.screen(entry));
        group.getToggles().stream()
                .filter(t -> t.getUserData() == entry)
                .findFirst()
                .ifPresent(t -> t.setSelected(true));
        onNavigate.accept(entry);
    }

    /**
     * The data was filled underneath every screen (the demo office at first start): all of them, the one on
     * show too, are built afresh, so the overview shows the new figures without 刷新.
     */
    public void showAfresh(Navigation entry) {
        screens.discardAllExcept(null);
        show(entry);
    }

    /** The data was replaced (a restore): every other screen is rebuilt when next shown. */
    public void dataReplaced() {
        screens.discardAllExcept(current);
    }

    /** The office's name as last saved: the sidebar shows it and the window's title follows it. */
    public javafx.beans.property.ReadOnlyStringProperty officeNameProperty() {
        return officeName;
    }

    /** After a restore: the office's name as the restored file holds it. */
    public void renameOffice(String name) {
        officeName.set(name);
    }

    public Navigation current() {
        return current;
    }

    public void setOnNavigate(Consumer<Navigation> onNavigate) {
        this.onNavigate = onNavigate;
    }

    private VBox navigation() {
        Label app = new Label(Texts.get("app.title"));
        app.getStyleClass().add("nav-app-title");
        office.textProperty().bind(officeName);
        office.getStyleClass().add("nav-office");
        office.setWrapText(true);
        VBox header = new VBox(2, app, office);
        header.setPadding(new Insets(18, 16, 18, 16));

        nav = new VBox(4);
        nav.getStyleClass().add("nav");
        nav.getChildren().add(header);
        for (Navigation entry : Navigation.values()) {
            ToggleButton button = new ToggleButton(Texts.get(entry.textKey()), new FontIcon(entry.icon()));
            button.setUserData(entry);
            button.setToggleGroup(group);
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setTooltip(new Tooltip(Texts.get(entry.textKey()) + "（Ctrl+" + (entry.ordinal() + 1) + "）"));
            button.setOnAction(e -> {
                if (!button.isSelected()) {
                    button.setSelected(true); // a nav entry cannot be switched off by clicking it again
                }
                show(entry);
            });
            nav.getChildren().add(button);
            if (entry == Navigation.REPORT) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                nav.getChildren().add(spacer);
            }
        }
        // 帮助 where a clerk looks for it, not only behind F1 (issue 13: the shortcut list under 帮助).
        Button help = new Button(Texts.get("nav.help"), new FontIcon(HELP_ICON));
        help.setId("navHelp");
        help.getStyleClass().addAll("nav-button", "flat");
        help.setMaxWidth(Double.MAX_VALUE);
        help.setAlignment(Pos.CENTER_LEFT);
        help.setOnAction(e -> ShortcutsDialog.build().show());
        nav.getChildren().add(help);
        nav.setPrefWidth(190);
        nav.setPadding(new Insets(0, 8, 12, 8));
        return nav;
    }
}
