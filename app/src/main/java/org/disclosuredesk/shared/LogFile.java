// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The log file beside the database ({@code logs/desk%g.log}, 5 files of 1 MB), for the window and the
 * command line alike: an unexpected error names it so a clerk can send it to whoever helps them.
 */
public final class LogFile {

    private LogFile() {
    }

    /** Adds the file handler to the root logger; returns the log folder. */
    public static Path install(Path databaseFile) {
        Path folder = folderOf(databaseFile);
        try {
            Files.createDirectories(folder);
            Logger.getLogger("").addHandler(handler(folder));
        } catch (IOException e) {
            Logger.getLogger(LogFile.class.getName()).log(Level.WARNING, "No log file in " + folder, e);
        }
        return folder;
    }

    /**
     * Writes one record to the log file only (not to the console, where the command line prints one line),
     * and only when the database's folder exists: a failed command never creates folders.
     */
    public static void write(Path databaseFile, Consumer<Logger> record) {
        Path folder = folderOf(databaseFile);
        if (!Files.isDirectory(folder.getParent())) {
            return;
        }
        Logger logger = Logger.getLogger("org.disclosuredesk.logfile");
        logger.setUseParentHandlers(false);
        try {
            Files.createDirectories(folder);
            FileHandler handler = handler(folder);
            logger.addHandler(handler);
            try {
                record.accept(logger);
            } finally {
                logger.removeHandler(handler);
                handler.close();
            }
        } catch (IOException e) {
            // no log file to be had (read-only folder, full disk): the message the clerk saw is all there is
        }
    }

    private static Path folderOf(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve("logs");
    }

    private static FileHandler handler(Path folder) throws IOException {
        FileHandler handler = new FileHandler(folder.resolve("desk%g.log").toString(), 1_000_000, 5, true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new SimpleFormatter());
        handler.setLevel(Level.INFO);
        return handler;
    }
}
