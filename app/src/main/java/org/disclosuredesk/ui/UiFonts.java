// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

/**
 * The window's font. A fresh Windows or Linux machine may have no CJK font JavaFX can find, so the
 * app loads the face it ships. (Filled in when the shipped font lands.)
 */
final class UiFonts {

    private UiFonts() {
    }

    static void load() {
    }

    static String rootStyle() {
        return "";
    }
}
