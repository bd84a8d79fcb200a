// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.Optional;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.YearFacts;

/**
 * Everything the checks look at for year N.
 *
 * @param previousLive      year N−1's tables computed from the ledgers in year N's format, when year N−1 is
 *                          in the database
 * @param previousPublished year N−1's tables as exported final (in N−1's own format), if it was
 * @param finalSnapshot     year N's own tables as exported final, if it was (to see what changed since)
 */
public record CheckInput(
        ReportTables tables,
        Optional<ReportTables> previousLive,
        Optional<ReportTables> previousPublished,
        Narrative narrative,
        Optional<Narrative> previousNarrative,
        YearFacts facts,
        boolean statisticsEntered,
        Optional<ReportTables> finalSnapshot,
        boolean needsReexport) {

    /** Year N−1's figures to compare with: the published ones when there are any. */
    public Optional<ReportTables> previousForComparison() {
        return previousPublished.isPresent() ? previousPublished : previousLive;
    }
}
