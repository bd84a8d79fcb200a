// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/** One look for the whole app: AtlantaFX Primer Light plus our small stylesheet and the shipped font. */
public final class Theme {

    private Theme() {
    }

    /** Call once on the FX thread before the first scene is shown. */
    public static void applyGlobally() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiFonts.load();
    }

    public static void style(Scene scene) {
        UiFonts.load();
        scene.getStylesheets().add(Theme.class.getResource("/css/app.css").toExternalForm());
        scene.getRoot().setStyle(UiFonts.rootStyle());
    }

    /** Dialogs have their own scene: give them the same stylesheet and font. */
    public static void style(DialogPane pane) {
        pane.getStylesheets().add(Theme.class.getResource("/css/app.css").toExternalForm());
        pane.setStyle(UiFonts.rootStyle());
    }
}
