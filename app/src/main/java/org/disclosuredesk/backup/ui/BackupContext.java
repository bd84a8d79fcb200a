// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup.ui;

import org.disclosuredesk.backup.BackupService;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.TaskExecutor;

/** What the backup tab of 设置 uses (the settings remember the last backup folder); built by {@code AppContext}. */
public record BackupContext(BackupService backups, SettingsService settings, TaskExecutor executor) {
}
