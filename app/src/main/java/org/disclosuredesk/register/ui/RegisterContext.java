// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.ui;

import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.register.RequestSources;
import org.disclosuredesk.register.YearlyStatisticsService;
import org.disclosuredesk.register.transfer.RegisterExporter;
import org.disclosuredesk.register.transfer.RegisterImporter;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.FileOpener;

/**
 * What the register screens use: its services, the settings that remember the table's columns, the
 * audit trail for a document's 操作记录, the opener for attachments,
 * the requests an entry came from (「来源申请」, 第四十四条); built by {@code AppContext}.
 */
public record RegisterContext(RegisterService register, YearlyStatisticsService yearlyStatistics, RegisterImporter registerImporter,
        RegisterExporter registerExporter, SettingsService settings, AuditTrail audit, FileOpener opener, TaskExecutor executor,
        RequestSources sourceRequests) {
}
