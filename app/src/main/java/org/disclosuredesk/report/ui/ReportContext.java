// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.ui;

import java.time.Clock;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.export.ReportExporter;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.TaskExecutor;
import org.disclosuredesk.ui.kit.FileOpener;

/**
 * What the report screen uses: the report and its exporter, the audit trail for the year's 操作记录, the
 * opener for an exported file, the clock for this year; built by {@code AppContext}.
 */
public record ReportContext(ReportService report, ReportExporter reportExporter, AuditTrail audit, FileOpener opener, Clock clock,
        TaskExecutor executor) {
}
