// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The window's log file, beside the database ({@code logs/desk.log}, 5 files of 1 MB): an unexpected
 * error dialog names it so a clerk can send it to whoever helps them.
 */
final class WindowLog {

    private WindowLog() {
    }

    /** The file being written now (FileHandler's generation 0), the one to send. */
    static Path currentFile(Path folder) {
        return folder.resolve("desk0.log");
    }

    static Path install(Path databaseFile) {
        Path folder = databaseFile.toAbsolutePath().getParent().resolve("logs");
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("desk%g.log").toString(), 1_000_000, 5, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
        } catch (IOException e) {
            Logger.getLogger(WindowLog.class.getName()).log(Level.WARNING, "No log file in " + folder, e);
        }
        return folder;
    }
}
