// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.ReportTables;

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
            new UndatedRepliesCheck(),
            new SectionsWrittenCheck(),
            new FeeStatementCheck(),
            new SimilarToLastYearCheck(),
            new StatisticsEnteredCheck(),
            new ChangedSinceFinalCheck());

    private ReportChecks() {
    }

    /** The rules that read the tables alone: what the county runs on the figures an office sent. */
    private static final List<ReportCheck> ARITHMETIC = List.of(
            new ColumnIdentityCheck(),
            new ResultsTotalCheck(),
            new RowTotalCheck(),
            new ReviewTotalCheck(),
            new CellValueCheck());

    /** The arithmetic checks of the report on tables received from elsewhere (no ledger, no narrative). */
    public static List<Finding> arithmetic(ReportTables tables) {
        CheckInput input = new CheckInput(tables, Optional.empty(), Optional.empty(), Narrative.EMPTY, Optional.empty(), 0L,
                Map.of(), true, Optional.empty(), false);
        List<Finding> findings = new ArrayList<>();
        for (ReportCheck check : ARITHMETIC) {
            findings.addAll(check.check(input));
        }
        return findings;
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
