// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

import java.time.LocalDate;

/** A dated note of what was done on a task; {@code evidenceFile} is relative to the data folder (or null). */
public record ProgressNote(long id, long taskId, LocalDate notedOn, String note, String evidenceFile, String createdAt) {
}
