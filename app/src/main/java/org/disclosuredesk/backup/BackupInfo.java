// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

/** A backup with what it holds, for the list in 设置 → 备份与恢复. */
public record BackupInfo(BackupFile file, BackupContents contents) {
}
