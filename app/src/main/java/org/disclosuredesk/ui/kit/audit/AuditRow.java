// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.audit;

/** One line of a record's history, ready to show: when, who, what, from what to what. */
public record AuditRow(String at, String actor, String action, String field, String oldValue, String newValue, String summary) {
}
