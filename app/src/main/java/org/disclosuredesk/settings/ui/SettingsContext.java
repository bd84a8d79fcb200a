// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.settings.ui;

import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.TaskExecutor;

/** What the office-details tab of 设置 uses; built by {@code AppContext}. */
public record SettingsContext(SettingsService settings, TaskExecutor executor) {
}
