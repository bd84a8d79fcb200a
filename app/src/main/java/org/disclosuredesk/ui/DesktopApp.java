// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The window. (The shell is being built: this opens the main window.) */
public final class DesktopApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("政务公开工作台"), 1366, 768));
        stage.show();
    }
}
