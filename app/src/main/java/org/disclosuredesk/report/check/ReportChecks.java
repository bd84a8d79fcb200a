// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every rule of the report, in the order the reference lists them, then the narrative rules. */
public final class ReportChecks {

    private static final List<ReportCheck> ALL = List.of(
            new ColumnIdentityCheck(),
            new ResultsTotalCheck(),
            new RowTotalCheck(),
            new ReviewTotalCheck(),
            new CarryOverCheck(),
            new RegisterContinuityCheck(),
            new CellValueCheck(),
            new NarrativeFiguresCheck(),
            new ReviewClaimsCheck(),
            new TimelinessClaimCheck(),
            new SectionsWrittenCheck(),
            new FeeStatementCheck(),
            new SimilarToLastYearCheck(),
            new StatisticsEnteredCheck(),
            new ChangedSinceFinalCheck());

    private ReportChecks() {
    }

    /** Errors first, then warnings, each in rule order. */
    public static List<Finding> run(CheckInput input) {
        List<Finding> findings = new ArrayList<>();
        for (ReportCheck check : ALL) {
            findings.addAll(check.check(input));
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return findings;
    }
}
