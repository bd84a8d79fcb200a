// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The state of the database file: SQLite's integrity check, its foreign-key check, the row count of
 * every table, final exports whose year lock went missing (issue 14, item 5), and warnings about where
 * the file lives. Healthy means the checks are clean and no lock is missing; a risky
 * location is a warning, not a fault.
 */
public record HealthReport(Path database, String schemaVersion, List<String> integrityCheck, List<String> foreignKeyCheck,
        Map<String, Integer> tableCounts, List<LocationWarning> warnings, List<String> lockProblems) {

    public boolean healthy() {
        return integrityCheck.equals(List.of("ok")) && foreignKeyCheck.isEmpty() && lockProblems.isEmpty();
    }
}
