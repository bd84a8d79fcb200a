// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

/** Why a backup file exists; only {@link #AUTO} backups are rotated away. */
public enum BackupKind {
    /** Made on clean exit and once a day while the app runs; kept by {@link RetentionPolicy}. */
    AUTO,
    /** Made by the person (设置 → 备份与恢复, or the {@code backup} command). */
    MANUAL,
    /** The live data as it was just before a restore replaced it. */
    BEFORE_RESTORE,
    /** Made by {@code Database.open} before it upgraded the file to a newer schema. */
    BEFORE_MIGRATION,
    /** A database file in the backup folder whose name this app did not give it. */
    OTHER
}
