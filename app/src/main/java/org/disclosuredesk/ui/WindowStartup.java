// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.nio.file.Path;
import org.disclosuredesk.AppContext;

/**
 * Opens the database for the window and does, before any screen exists, the writes a first read would
 * otherwise make on a read thread. Why: the shipped holiday years are stored on the first use of the
 * calendar; when that first use was the overview loading on a read thread while the first-start dialog's
 * save ran on the write thread, SQLite refused one of the two writers (SQLITE_BUSY). All later writes go
 * through the single write thread.
 */
final class WindowStartup {

    private WindowStartup() {
    }

    static AppContext open(Path databaseFile) {
        AppContext context = AppContext.open(databaseFile);
        prepare(context);
        return context;
    }

    /** The first start, after the clerk answered its dialog: the one place the window creates a database. */
    static AppContext create(Path databaseFile) {
        AppContext context = AppContext.create(databaseFile);
        prepare(context);
        return context;
    }

    static void prepare(AppContext context) {
        context.calendarSource().current();
    }
}
