// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import org.disclosuredesk.shared.ShippedFonts;

/**
 * The window's font. A fresh machine may have no CJK font JavaFX can find (every character a box), so
 * the app loads the Noto Sans CJK SC faces it ships, Regular and Bold, and names that family at the root.
 */
final class UiFonts {

    private static volatile boolean loaded;

    private UiFonts() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        for (ShippedFonts face : new ShippedFonts[] {ShippedFonts.UI_REGULAR, ShippedFonts.UI_BOLD}) {
            try (InputStream in = face.openStream()) {
                if (Font.loadFont(in, 14) == null) {
                    throw new IllegalStateException("JavaFX could not load " + face.resourcePath());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }

    static String rootStyle() {
        return "-fx-font-family: '" + ShippedFonts.UI_REGULAR.family() + "';";
    }
}
