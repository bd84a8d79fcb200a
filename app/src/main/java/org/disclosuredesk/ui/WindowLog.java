// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.nio.file.Path;
import org.disclosuredesk.shared.LogFile;

/** The window's log file: the same one the command line writes (see {@link LogFile}). */
final class WindowLog {

    private WindowLog() {
    }

    /** The file being written now (FileHandler's generation 0), the one to send. */
    static Path currentFile(Path folder) {
        return folder.resolve("desk0.log");
    }

    static Path install(Path databaseFile) {
        return LogFile.install(databaseFile);
    }
}
