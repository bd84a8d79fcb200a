// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.nio.file.Path;
import java.sql.Statement;
import org.jooq.DSLContext;

import static org.disclosuredesk.db.jooq.Tables.ORG_SETTINGS;

/**
 * Replaces the content of the open database with another file's, through SQLite's backup API run in
 * the other direction ({@code restore from}): one write transaction on the live file, so a crash half
 * way leaves the old data, and no file is swapped under the open connections (Windows would refuse).
 */
public final class LiveDatabaseRepository {

    private final DSLContext dsl;

    public LiveDatabaseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void restoreFrom(Path source) {
        dsl.connection(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("restore from '" + source.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        });
    }

    /** This database's office name from its settings, "" before the first start has asked for it. */
    public String officeName() {
        return dsl.select(ORG_SETTINGS.OFFICE_NAME).from(ORG_SETTINGS).where(ORG_SETTINGS.ID.eq(1)).fetchOptional(ORG_SETTINGS.OFFICE_NAME)
                .orElse("");
    }

    public int pageSize() {
        return ((Number) dsl.fetchValue("PRAGMA page_size")).intValue();
    }
}
