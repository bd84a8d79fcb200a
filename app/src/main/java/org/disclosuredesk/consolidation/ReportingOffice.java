// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

/** An office on the county's list of those that must send their year's figures. */
public record ReportingOffice(long id, String name, OfficeKind kind) {
}
