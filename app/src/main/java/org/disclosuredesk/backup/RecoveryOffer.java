// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.nio.file.Path;

/** At start, for a damaged database: the newest backup that passes SQLite's integrity check. */
public record RecoveryOffer(Path damagedFile, BackupInfo backup) {
}
