// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.util.List;
import java.util.Map;

/**
 * What a database file holds, read without changing it: SQLite's own check, the schema version and
 * the row count of every table, and the office name in its settings ("" when none). {@code problems} is empty
 * for a healthy file of this app.
 */
public record BackupContents(List<String> problems, String schemaVersion, Map<String, Integer> tableCounts, String officeName) {

    public BackupContents(List<String> problems, String schemaVersion, Map<String, Integer> tableCounts) {
        this(problems, schemaVersion, tableCounts, "");
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    /** Rows of a table, 0 when the table is absent (a backup from before that table existed). */
    public int count(String table) {
        return tableCounts.getOrDefault(table, 0);
    }
}
