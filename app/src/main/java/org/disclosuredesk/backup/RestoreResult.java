// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.nio.file.Path;
import java.util.Map;

/**
 * A finished restore: the backup the data now comes from, and where the data as it was just before
 * lives ({@code previousData}: the safety backup of a live restore, or the folder holding the damaged
 * file after a start-up recovery).
 */
public record RestoreResult(Path restoredFrom, Path previousData, Map<String, Integer> tableCounts) {
}
