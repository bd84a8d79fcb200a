// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** Window size, position and last screen, remembered per user between runs. */
public final class WindowState {

    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    public static WindowState forUser() {
        return new WindowState(Preferences.userRoot().node("org/disclosuredesk/window"));
    }

    public void applyTo(Stage stage) {
        stage.setWidth(prefs.getDouble("width", 1366));
        stage.setHeight(prefs.getDouble("height", 768));
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    public void remember(Stage stage, Navigation screen) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
        if (screen != null) {
            prefs.put("screen", screen.name());
        }
    }

    public Navigation lastScreen() {
        try {
            return Navigation.valueOf(prefs.get("screen", Navigation.OVERVIEW.name()));
        } catch (IllegalArgumentException e) {
            return Navigation.OVERVIEW;
        }
    }
}
