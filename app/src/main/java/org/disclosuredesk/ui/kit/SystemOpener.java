// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.disclosuredesk.shared.UserError;

/**
 * Opens a file (an export, an attachment) with the system's program, or its folder with the file selected, without AWT
 * (the app is JavaFX only): Explorer on Windows, {@code open} on macOS, {@code xdg-open} elsewhere.
 */
public final class SystemOpener implements FileOpener {

    @Override
    public void open(Path file) {
        start(windows() ? List.of("explorer.exe", file.toString())
                : mac() ? List.of("open", file.toString()) : List.of("xdg-open", file.toString()));
    }

    @Override
    public void showInFolder(Path file) {
        start(windows() ? List.of("explorer.exe", "/select," + file)
                : mac() ? List.of("open", "-R", file.toString()) : List.of("xdg-open", file.getParent().toString()));
    }

    private static void start(List<String> command) {
        try {
            new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UserError("无法打开「" + command.get(command.size() - 1) + "」：" + e.getMessage(), e);
        }
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static boolean mac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    }
}
