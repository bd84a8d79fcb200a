// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.disclosuredesk.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writes a first read would make (the shipped holiday years) are done before any screen exists, so a
 * screen loading on a read thread never writes beside the first-start save (SQLITE_BUSY at first start).
 */
class WindowStartupTest {

    @TempDir
    Path dir;

    @Test
    void the_shipped_calendar_is_stored_before_the_first_screen_reads() {
        try (AppContext context = WindowStartup.create(dir.resolve("fresh.db"))) {
            assertTrue(context.database().tableCounts().get("calendar_year") > 0, context.database().tableCounts().toString());
        }
    }
}
