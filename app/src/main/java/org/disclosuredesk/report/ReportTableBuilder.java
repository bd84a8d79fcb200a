// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.DisclosureBlock;
import org.disclosuredesk.report.format.Measure;
import org.disclosuredesk.report.format.ReportFormat;
import org.disclosuredesk.report.format.RequestRowDef;
import org.disclosuredesk.report.format.RequestSelector;
import org.disclosuredesk.report.format.ReviewColumns;

/**
 * Arranges the ledger counts into the format's tables. Totals are sums of the cells they total, so a
 * table built here holds rules 2–4 by construction; the checks still verify every table before export.
 */
public final class ReportTableBuilder {

    private ReportTableBuilder() {
    }

    public static ReportTables build(int year, ReportFormat format, LedgerFigures figures) {
        Map<CellRef, Long> values = new HashMap<>();
        activeDisclosure(format, figures, values);
        requests(format, figures, values);
        reviews(figures, values);
        return new ReportTables(year, format, values);
    }

    private static void activeDisclosure(ReportFormat format, LedgerFigures figures, Map<CellRef, Long> values) {
        for (DisclosureBlock block : format.activeDisclosure()) {
            for (DisclosureBlock.Row row : block.rows()) {
                for (int i = 0; i < row.measures().size(); i++) {
                    values.put(CellRef.activeDisclosure(row.key(), block.column(i)), measure(row.measures().get(i), figures));
                }
            }
        }
    }

    static long measure(Measure m, LedgerFigures figures) {
        if (m.fromRegister()) {
            return figures.documents(m.docType(), m.source());
        }
        if (figures.statistics().isEmpty()) {
            return 0;
        }
        YearlyStatistics s = figures.statistics().get();
        switch (m.source()) {
            case LICENSING_DECISIONS:
                return s.licensingDecisions();
            case PENALTY_DECISIONS:
                return s.penaltyDecisions();
            case COERCION_DECISIONS:
                return s.coercionDecisions();
            case ADMINISTRATIVE_FEES:
                return s.administrativeFeeFen();
            case STATISTIC_EXTRA:
                return s.extra(m.argument());
            default:
                throw new IllegalArgumentException(m.source().name());
        }
    }

    private static void requests(ReportFormat format, LedgerFigures figures, Map<CellRef, Long> values) {
        for (RequestRowDef row : format.requestRows()) {
            long total = 0;
            for (ApplicantKind kind : ApplicantKind.values()) {
                long n = count(row.selector(), kind, figures);
                values.put(CellRef.requests(row.key(), ApplicantColumns.key(kind)), n);
                total += n;
            }
            values.put(CellRef.requests(row.key(), ApplicantColumns.TOTAL), total);
        }
    }

    private static long count(RequestSelector selector, ApplicantKind kind, LedgerFigures figures) {
        switch (selector.kind()) {
            case RESULTS:
                return selector.results().stream().mapToLong(r -> figures.decided(r, kind)).sum();
            case ALL_RESULTS:
                return EnumSet.allOf(ResultRow.class).stream().mapToLong(r -> figures.decided(r, kind)).sum();
            default:
                return figures.flow(selector.kind(), kind);
        }
    }

    private static void reviews(LedgerFigures figures, Map<CellRef, Long> values) {
        for (ReviewKind kind : ReviewKind.values()) {
            long total = 0;
            for (ReviewResult result : ReviewResult.values()) {
                long n = figures.reviews(kind, result);
                values.put(ReviewColumns.cell(kind, result), n);
                total += n;
            }
            values.put(ReviewColumns.total(kind), total);
        }
    }
}
