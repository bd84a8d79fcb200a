// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The state of the database file: SQLite's integrity check, its foreign-key check, the row count of
 * every table, and warnings about where the file lives. Healthy means both checks are clean; a risky
 * location is a warning, not a fault.
 */
public record HealthReport(Path database, String schemaVersion, List<String> integrityCheck, List<String> foreignKeyCheck,
        Map<String, Integer> tableCounts, List<LocationWarning> warnings) {

    public boolean healthy() {
        return integrityCheck.equals(List.of("ok")) && foreignKeyCheck.isEmpty();
    }
}
