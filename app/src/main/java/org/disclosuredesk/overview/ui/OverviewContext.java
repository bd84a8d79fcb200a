// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.overview.ui;

import org.disclosuredesk.overview.OverviewService;
import org.disclosuredesk.shared.TaskExecutor;

/** What the 工作概览 screen uses; built by the composition root ({@code AppContext}). */
public record OverviewContext(OverviewService overview, TaskExecutor executor) {
}
