// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.report.format.Measure;
import org.disclosuredesk.report.format.RequestSelector;

/**
 * The year's counts as the ledgers give them, before any format arranges them: the raw SQL aggregation.
 * Missing entries are zero.
 */
public record LedgerFigures(
        Map<RequestSelector.Kind, Map<ApplicantKind, Long>> requestFlows,
        Map<ResultRow, Map<ApplicantKind, Long>> decided,
        Map<ReviewKind, Map<ReviewResult, Long>> reviews,
        Map<DocType, Map<Measure.Source, Long>> documents,
        Optional<YearlyStatistics> statistics) {

    /** The flows of table 三 that are not results: 一 new, 二 carried in, 四 carried out. */
    public long flow(RequestSelector.Kind kind, ApplicantKind applicant) {
        return requestFlows.getOrDefault(kind, Map.of()).getOrDefault(applicant, 0L);
    }

    public long decided(ResultRow row, ApplicantKind applicant) {
        return decided.getOrDefault(row, Map.of()).getOrDefault(applicant, 0L);
    }

    public long reviews(ReviewKind kind, ReviewResult result) {
        return reviews.getOrDefault(kind, Map.of()).getOrDefault(result, 0L);
    }

    public long documents(DocType type, Measure.Source source) {
        return documents.getOrDefault(type, Map.of()).getOrDefault(source, 0L);
    }

    /** Nested counts keyed by two enums, for repositories filling them row by row. */
    public static <A extends Enum<A>, B extends Enum<B>> void add(Map<A, Map<B, Long>> into, A a, B b, long n, Class<B> type) {
        into.computeIfAbsent(a, k -> new EnumMap<>(type)).merge(b, n, Long::sum);
    }
}
