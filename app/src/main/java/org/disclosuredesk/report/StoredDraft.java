// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.Optional;

/** A year's row of report_draft: the narrative and the export state. */
public record StoredDraft(int year, Narrative narrative, String generatedAt, String finalExportedAt,
                          boolean needsReexport, String updatedAt, Optional<String> finalFiguresJson) {
}
