// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import org.disclosuredesk.plan.PlanService;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.TaskExecutor;

/** What the plan screens use (the audit trail for a task's 操作记录); built by {@code AppContext}. */
public record PlanContext(PlanService plans, AuditTrail audit, TaskExecutor executor) {
}
