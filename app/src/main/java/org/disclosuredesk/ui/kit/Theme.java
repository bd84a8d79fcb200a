// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import atlantafx.base.theme.PrimerLight;
import java.util.Collection;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.stage.Window;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import org.kordamp.ikonli.IkonResolver;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/** One look for the whole app: AtlantaFX Primer Light plus our small stylesheet and the shipped font. */
public final class Theme {

    private Theme() {
    }

    /** Call once on the FX thread before the first scene is shown. */
    public static void applyGlobally() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiFonts.load();
        if (!windowsStyled) {
            windowsStyled = true;
            // Any window a library or a forgotten call opens (an Alert, a tooltip, a context menu) gets the
            // shipped CJK font too: without it the Chinese shows as boxes on a machine with no CJK font.
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Theme::styleWindow);
                }
            });
            Window.getWindows().forEach(Theme::styleWindow);
        }
    }

    private static boolean windowsStyled;

    private static void styleWindow(Window window) {
        if (window.getScene() != null && window.getScene().getRoot() != null) {
            Parent root = window.getScene().getRoot();
            String font = UiFonts.rootStyle();
            if (root.getStyle() == null || !root.getStyle().contains(font)) {
                root.setStyle(font + (root.getStyle() == null ? "" : root.getStyle()));
            }
        }
    }

    /**
     * Reads the shipped faces and resolves {@code iconCodes} (Ikonli loads its handlers, the icon font and
     * each code's enum on first use); any thread: the start-up runs it while the toolkit starts.
     */
    public static void preload(Collection<String> iconCodes) {
        UiFonts.load();
        IkonResolver icons = IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance());
        iconCodes.forEach(code -> icons.resolve(code).resolve(code));
    }

    public static void style(Scene scene) {
        UiFonts.load();
        scene.getStylesheets().add(Theme.class.getResource("/css/app.css").toExternalForm());
        scene.getRoot().setStyle(UiFonts.rootStyle());
    }

    /** Dialogs have their own scene: give them the same stylesheet and font. */
    public static void style(DialogPane pane) {
        UiFonts.load();
        String css = Theme.class.getResource("/css/app.css").toExternalForm();
        if (!pane.getStylesheets().contains(css)) {
            pane.getStylesheets().add(css);
        }
        pane.setStyle(UiFonts.rootStyle());
    }
}
